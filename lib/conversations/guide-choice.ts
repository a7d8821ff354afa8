import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { conversationGuides } from "@/db/schema";
import { isUuid } from "@/lib/validation/uuid";
import { builtInGuides } from "./core/built-in-guides";
import { isGuideFor, type ConversationContext } from "./core/conversation-steps";
import type { Guide } from "./core/guide-types";
import { CUSTOM_GUIDE_PREFIX, readGuide } from "./own-guides";

// The guides a member may run, for the people who hold conversations (the library itself is the admins',
// lib/conversations/own-guides.ts): the built-in ones and the organisation's own, of the kinds the context
// offers. Read in the caller's tenant transaction.

/** The built-in guides of the context's kinds, then the organisation's own in the order they were written. */
export async function readGuideChoices(tx: Tx, organizationId: string, context: ConversationContext): Promise<Guide[]> {
  const rows = await tx
    .select({ guide: conversationGuides.guide })
    .from(conversationGuides)
    .where(eq(conversationGuides.organizationId, organizationId))
    .orderBy(asc(conversationGuides.createdAt), asc(conversationGuides.id));
  const own = rows.flatMap((row) => {
    const guide = readGuide(row.guide);
    return guide ? [guide] : [];
  });
  return [...builtInGuides, ...own].filter((guide) => isGuideFor(context, guide));
}

/** The guide of this key, when the context offers it; null for an unknown key, another organisation's or another kind. */
export async function resolveGuide(tx: Tx, organizationId: string, context: ConversationContext, key: string): Promise<Guide | null> {
  if (key.startsWith(CUSTOM_GUIDE_PREFIX)) {
    const id = key.slice(CUSTOM_GUIDE_PREFIX.length);
    if (!isUuid(id)) return null;
    const [row] = await tx
      .select({ guide: conversationGuides.guide })
      .from(conversationGuides)
      .where(and(eq(conversationGuides.id, id), eq(conversationGuides.organizationId, organizationId)));
    const guide = row ? readGuide(row.guide) : null;
    return guide && isGuideFor(context, guide) ? guide : null;
  }
  const guide = builtInGuides.find((g) => g.key === key);
  return guide && isGuideFor(context, guide) ? structuredClone(guide) : null;
}
