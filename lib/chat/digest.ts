import { and, asc, count, eq, gte, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { chatChannels, codevGroups, matches, matchingRuns, programmes } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { appLink } from "@/lib/env";
import { isoWeek } from "@/lib/insights/digest";
import { enqueueChatNotice } from "./enqueue";

// No "server-only": the job worker runs this (queue "chat.digest", Monday mornings).

const WEEK_MS = 7 * 86_400_000;
const MAX_ITEMS = 20;

/**
 * Writes this week's digest for every organisation with a channel: the programmes open for sign-up, and the
 * ones whose groups or pairs were published in the past seven days, with counts. Nothing about anyone in
 * particular. An organisation with nothing to say gets no post; one digest per organisation per ISO week,
 * whatever the retries.
 */
export async function writeChatDigests(at: Date, scope: { organizationId?: string } = {}): Promise<{ notices: number }> {
  const orgs = await getDb()
    .select({ id: chatChannels.organizationId })
    .from(chatChannels)
    .where(scope.organizationId ? eq(chatChannels.organizationId, scope.organizationId) : undefined);
  const since = new Date(at.getTime() - WEEK_MS);
  const week = isoWeek(at);
  let notices = 0;
  for (const { id: organizationId } of orgs) {
    const written = await withTenant({ organizationId }, async (tx) => {
      const open = await tx
        .select({ programmeName: programmes.name, closesAt: programmes.signupClosesAt })
        .from(programmes)
        .where(and(eq(programmes.organizationId, organizationId), eq(programmes.status, "open")))
        .orderBy(asc(programmes.signupClosesAt), asc(programmes.id))
        .limit(MAX_ITEMS);
      const groups = await tx
        .select({ programmeId: codevGroups.programmeId, programmeName: programmes.name, n: count() })
        .from(codevGroups)
        .innerJoin(programmes, eq(programmes.id, codevGroups.programmeId))
        .where(and(eq(codevGroups.organizationId, organizationId), isNotNull(codevGroups.publishedAt), gte(codevGroups.publishedAt, since)))
        .groupBy(codevGroups.programmeId, programmes.name)
        .limit(MAX_ITEMS);
      const pairs = await tx
        .select({ programmeId: matchingRuns.programmeId, programmeName: programmes.name, n: count() })
        .from(matches)
        .innerJoin(matchingRuns, eq(matchingRuns.id, matches.runId))
        .innerJoin(programmes, eq(programmes.id, matchingRuns.programmeId))
        .where(and(eq(matches.organizationId, organizationId), isNotNull(matchingRuns.publishedAt), gte(matchingRuns.publishedAt, since)))
        .groupBy(matchingRuns.programmeId, programmes.name)
        .limit(MAX_ITEMS);
      const started = [
        ...groups.map((g) => ({ programmeName: g.programmeName, groups: g.n, pairs: 0 })),
        ...pairs.map((p) => ({ programmeName: p.programmeName, groups: 0, pairs: p.n })),
      ].slice(0, MAX_ITEMS);
      if (open.length === 0 && started.length === 0) return null;
      return enqueueChatNotice(tx, {
        organizationId,
        notice: "weeklyDigest",
        props: { week, open: open.map((o) => ({ programmeName: o.programmeName, closesAt: o.closesAt?.toISOString() ?? null })), started, url: appLink("/programmes") },
        idempotencyKey: `weekly-digest:${organizationId}:${week}`,
      });
    });
    if (written) notices += 1;
  }
  return { notices };
}
