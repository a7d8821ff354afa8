import "server-only";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { conversations, memberships, type Conversation } from "@/db/schema";
import { totalGuideMinutes, type Guide, type Localized } from "./core/guide-types";

// The short forms that lists show: a guide to choose in a start form, and a conversation in a pair's space
// or on the team page (no record: the page of the conversation shows that, to its two people).

export type GuideOption = { key: string; kind: Guide["kind"]; name: Localized; summary: Localized; minutes: number; hasPreparation: boolean };

export function guideOption(guide: Guide): GuideOption {
  return { key: guide.key, kind: guide.kind, name: guide.name, summary: guide.summary, minutes: totalGuideMinutes(guide), hasPreparation: guide.preparation !== null };
}

export type ConversationSummary = {
  id: string;
  status: Conversation["status"];
  guideName: Localized;
  plannedOn: string | null;
  startedAt: Date | null;
  closedAt: Date | null;
  /** The other person of the conversation, as the reader sees them. */
  otherName: string;
};

/** Conversations matching `where`, the newest first; `other` names the column of the person to show. */
export async function readSummaries(tx: Tx, organizationId: string, where: SQL, other: "lead" | "partner", limit = 50): Promise<ConversationSummary[]> {
  const otherId = other === "lead" ? conversations.leadMembershipId : conversations.partnerMembershipId;
  return tx
    .select({
      id: conversations.id,
      status: conversations.status,
      guideName: sql<Localized>`${conversations.guide}->'name'`,
      plannedOn: conversations.plannedOn,
      startedAt: conversations.startedAt,
      closedAt: conversations.closedAt,
      otherName: memberships.name,
    })
    .from(conversations)
    .innerJoin(memberships, and(eq(memberships.id, otherId), eq(memberships.organizationId, organizationId)))
    .where(and(eq(conversations.organizationId, organizationId), where))
    .orderBy(desc(sql`coalesce(${conversations.closedAt}, ${conversations.startedAt}, ${conversations.createdAt})`), desc(conversations.id))
    .limit(limit);
}
