import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { conversations } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { withPair } from "@/lib/mentoring/pair/access";
import { toZoned } from "@/lib/scheduling/time/zoned-time";
import { proposedGuideKey } from "./core/conversation-steps";
import { readGuideChoices } from "./guide-choice";
import { readFromLastTime, type FromLastTime } from "./record";
import { guideOption, readSummaries, type ConversationSummary, type GuideOption } from "./summaries";
import type { Thread } from "./thread";

export type PairConversationsView = {
  guides: GuideOption[];
  proposedKey: string;
  /** The conversation planned or under way, if any: one at a time. */
  open: ConversationSummary | null;
  fromLastTime: FromLastTime | null;
  /** Closed conversations, the newest first. */
  held: ConversationSummary[];
  /** The viewer's calendar day and clock. */
  today: string;
  timeZone: string;
};

/** The pair's guided conversations as their space shows them, for one of the two (else not_found). */
export async function getPairConversations(scope: MemberScope, matchId: string): Promise<PairConversationsView> {
  return withPair(scope, matchId, async (tx, pair) => {
    const thread: Thread = { organizationId: pair.organizationId, context: "pair", matchId: pair.matchId };
    const inPair = and(eq(conversations.context, "pair"), eq(conversations.matchId, pair.matchId))!;
    // The other person of each: the lead when the viewer is the partner, and the other way round, so read both.
    const all = [
      ...(await readSummaries(tx, pair.organizationId, and(inPair, eq(conversations.leadMembershipId, pair.me.membershipId))!, "partner")),
      ...(await readSummaries(tx, pair.organizationId, and(inPair, ne(conversations.leadMembershipId, pair.me.membershipId))!, "lead")),
    ];
    const open = all.find((c) => c.status !== "closed") ?? null;
    const held = all.filter((c) => c.status === "closed").sort((a, b) => (b.closedAt?.getTime() ?? 0) - (a.closedAt?.getTime() ?? 0));
    const guides = (await readGuideChoices(tx, pair.organizationId, "pair")).map(guideOption);
    return {
      guides,
      proposedKey: proposedGuideKey("pair", held.length > 0),
      open,
      fromLastTime: await readFromLastTime(tx, thread),
      held,
      today: toZoned(now(), pair.me.timeZone).date,
      timeZone: pair.me.timeZone,
    };
  });
}
