import "server-only";
import { and, asc, countDistinct, eq, gte, inArray, isNotNull, lt, min, or, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { conversations, matches } from "@/db/schema";
import type { ConversationContext } from "./core/conversation-steps";
import type { GuideKind } from "./core/guide-types";

// What other domains read of guided conversations: learning tracks ask whether a member has held a
// conversation with a guide, insights count them. Each runs in the caller's tenant transaction (withActor,
// withTenant) and is scoped to the organisation; none returns what was said or written, nor a guide's text.

export type ClosedConversation = {
  id: string;
  context: ConversationContext;
  guideKey: string;
  guideKind: GuideKind;
  closedAt: Date;
  /** The member's part: they led it (a manager, or the one of a pair who started it) or were the other person. */
  role: "lead" | "partner";
};

/** The closed conversations a member took part in, oldest first; `guideKey` ("career", "custom:<uuid>") narrows them to one guide. */
export async function readClosedConversations(tx: Tx, options: { organizationId: string; membershipId: string; guideKey?: string; since?: Date }): Promise<ClosedConversation[]> {
  const { organizationId, membershipId } = options;
  const rows = await tx
    .select({
      id: conversations.id,
      context: conversations.context,
      guideKey: conversations.guideKey,
      guideKind: conversations.guideKind,
      closedAt: conversations.closedAt,
      lead: conversations.leadMembershipId,
    })
    .from(conversations)
    .where(
      and(
        eq(conversations.organizationId, organizationId),
        eq(conversations.status, "closed"),
        or(eq(conversations.leadMembershipId, membershipId), eq(conversations.partnerMembershipId, membershipId)),
        options.guideKey ? eq(conversations.guideKey, options.guideKey) : undefined,
        options.since ? gte(conversations.closedAt, options.since) : undefined,
      ),
    )
    .orderBy(asc(conversations.closedAt), asc(conversations.id));
  return rows.map(({ lead, closedAt, ...row }) => ({ ...row, closedAt: closedAt!, role: lead === membershipId ? "lead" : "partner" }));
}

/**
 * For many members at once (a learning track's participants): when each first closed a conversation with
 * each of these guides since `since`, whichever side of it they were on: a pair's conversation only when the
 * pair is of this programme (a mentor in one programme and a mentee in another walks two tracks), a
 * manager's with a team member wherever they are. One query per side, whatever the number of people.
 */
export async function readFirstClosingsByGuide(
  tx: Tx,
  options: { organizationId: string; membershipIds: readonly string[]; guideKeys: readonly string[]; since: Date; programmeId: string },
): Promise<{ membershipId: string; guideKey: string; closedAt: Date }[]> {
  if (options.membershipIds.length === 0 || options.guideKeys.length === 0) return [];
  const ids = [...options.membershipIds];
  const scoped = and(
    eq(conversations.organizationId, options.organizationId),
    eq(conversations.status, "closed"),
    inArray(conversations.guideKey, [...options.guideKeys]),
    gte(conversations.closedAt, options.since),
    or(eq(conversations.context, "team"), inArray(conversations.matchId, tx.select({ id: matches.id }).from(matches).where(and(eq(matches.organizationId, options.organizationId), eq(matches.programmeId, options.programmeId))))),
  );
  const side = (column: typeof conversations.leadMembershipId | typeof conversations.partnerMembershipId) =>
    tx
      .select({ membershipId: column, guideKey: conversations.guideKey, closedAt: min(conversations.closedAt) })
      .from(conversations)
      .where(and(scoped, inArray(column, ids)))
      .groupBy(column, conversations.guideKey);
  const rows = (await Promise.all([side(conversations.leadMembershipId), side(conversations.partnerMembershipId)])).flat();
  const first = new Map<string, { membershipId: string; guideKey: string; closedAt: Date }>();
  for (const row of rows) {
    if (!row.membershipId || !row.closedAt) continue;
    const key = `${row.membershipId} ${row.guideKey}`;
    const seen = first.get(key);
    if (!seen || row.closedAt < seen.closedAt) first.set(key, { membershipId: row.membershipId, guideKey: row.guideKey, closedAt: row.closedAt });
  }
  return [...first.values()];
}

export type ConversationsInMonth = { month: string; context: ConversationContext; guideKind: GuideKind; conversations: number };

/**
 * Conversations held (closed) per calendar month on the organisation's clock ("2027-03"), by context and kind
 * of guide, for closings in [from, to). Counts only: the five-people rule is the caller's to apply.
 */
export async function countConversationsPerMonth(tx: Tx, options: { organizationId: string; from: Date; to: Date; timeZone: string }): Promise<ConversationsInMonth[]> {
  const month = sql<string>`to_char(${conversations.closedAt} at time zone ${options.timeZone}, 'YYYY-MM')`;
  const rows = await tx
    .select({ month, context: conversations.context, guideKind: conversations.guideKind, conversations: sql<number>`count(*)::int` })
    .from(conversations)
    .where(and(eq(conversations.organizationId, options.organizationId), eq(conversations.status, "closed"), gte(conversations.closedAt, options.from), lt(conversations.closedAt, options.to)))
    // By position: the zone is a parameter, and PostgreSQL does not see two parameters as one expression.
    .groupBy(sql`1`, sql`2`, sql`3`)
    .orderBy(sql`1`, sql`2`, sql`3`);
  return rows;
}

/** How many pairs (matches) held at least one guided conversation that closed in [from, to): the numerator of "share of pairs that use a guide". */
export async function countPairsWithConversations(tx: Tx, options: { organizationId: string; from: Date; to: Date }): Promise<number> {
  const [row] = await tx
    .select({ pairs: countDistinct(conversations.matchId) })
    .from(conversations)
    .where(
      and(
        eq(conversations.organizationId, options.organizationId),
        eq(conversations.context, "pair"),
        isNotNull(conversations.matchId),
        eq(conversations.status, "closed"),
        gte(conversations.closedAt, options.from),
        lt(conversations.closedAt, options.to),
      ),
    );
  return row?.pairs ?? 0;
}
