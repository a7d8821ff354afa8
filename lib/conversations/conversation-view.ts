import "server-only";
import { and, eq } from "drizzle-orm";
import { matches, programmes } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import type { RunnerClock } from "@/lib/scheduling/time/runner-clock";
import { toZoned } from "@/lib/scheduling/time/zoned-time";
import { withConversation, type HeldConversation } from "./access";
import type { ConversationContext } from "./core/conversation-steps";
import type { Guide, Localized } from "./core/guide-types";
import { readFromLastTime, readRecord, type ConversationRecord, type FromLastTime } from "./record";
import { threadOf } from "./thread";

export type ConversationView = {
  id: string;
  context: ConversationContext;
  status: HeldConversation["status"];
  guide: Guide;
  me: { membershipId: string; name: string };
  other: { membershipId: string; name: string };
  /** The viewer planned or started it: the manager, in the team context. */
  leading: boolean;
  matchId: string | null;
  programmeName: Localized | null;
  plannedOn: string | null;
  announcedAt: Date | null;
  closedAt: Date | null;
  clock: RunnerClock | null;
  /** The server's clock when the page was read: the countdown corrects the device's clock by it. */
  serverNow: number;
  /** The viewer's calendar day (the earliest day a date field offers) and clock. */
  today: string;
  timeZone: string;
  /** What the two wrote at the closing step, once closed. */
  record: ConversationRecord | null;
  /** The last conversation of the same two people before, until this one is closed. */
  fromLastTime: FromLastTime | null;
};

/** Everything the conversation's page shows, for one of its two people (else not_found). */
export async function getConversationView(scope: MemberScope, conversationId: string): Promise<ConversationView> {
  return withConversation(scope, conversationId, async (tx, c) => {
    let programmeName: Localized | null = null;
    if (c.matchId) {
      const [row] = await tx
        .select({ name: programmes.name })
        .from(matches)
        .innerJoin(programmes, and(eq(programmes.id, matches.programmeId), eq(programmes.organizationId, c.organizationId)))
        .where(and(eq(matches.id, c.matchId), eq(matches.organizationId, c.organizationId)));
      programmeName = row?.name ?? null;
    }
    const closed = c.status === "closed";
    const at = now();
    return {
      id: c.id,
      context: c.context,
      status: c.status,
      guide: c.guide,
      me: { membershipId: c.me.membershipId, name: c.me.name },
      other: { membershipId: c.other.membershipId, name: c.other.name },
      leading: c.me.membershipId === c.lead.membershipId,
      matchId: c.matchId,
      programmeName,
      plannedOn: c.plannedOn,
      announcedAt: c.announcedAt,
      closedAt: c.closedAt,
      clock: c.clock,
      serverNow: at.getTime(),
      today: toZoned(at, c.me.timeZone).date,
      timeZone: c.me.timeZone,
      record: closed ? await readRecord(tx, c.organizationId, c.id) : null,
      fromLastTime: closed ? null : await readFromLastTime(tx, threadOf(c)),
    };
  });
}
