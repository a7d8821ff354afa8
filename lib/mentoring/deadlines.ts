import { and, eq, gt, isNull, lte, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { enrolments, matches, memberships, organizations, programmes, users } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { enqueueEmail } from "@/lib/email/enqueue";
import { appLink } from "@/lib/env";
import { isLocale } from "@/lib/i18n/config";
import { replaceLostRequest } from "./lost-request";

/** Requests handled per sweep and kind; the next sweep (a minute later) takes the rest. */
const BATCH = 200;

/** Limits a sweep to one organisation or programme: the test clock must not move other tests' deadlines. */
export type SweepScope = { organizationId?: string; programmeId?: string };

const inScope = (scope: SweepScope) => [
  scope.organizationId ? eq(matches.organizationId, scope.organizationId) : undefined,
  scope.programmeId ? eq(matches.programmeId, scope.programmeId) : undefined,
];

/** A request's reminder goes out a day before its deadline, or halfway through a shorter window. */
const remindAt = sql`${matches.requestDeadline} - least(interval '1 day', (${matches.requestDeadline} - ${matches.createdAt}) / 2)`;

/**
 * Requests whose deadline has passed by `at`: each becomes expired (compare-and-swap, so an accept that
 * won the race keeps its match) and its mentee is re-matched like after a decline, each request in its own
 * tenant transaction. Runs across organisations on the owner's connection to find them.
 */
export async function expireOverdueRequests(at: Date, scope: SweepScope = {}): Promise<number> {
  const due = await getDb()
    .select({ id: matches.id, organizationId: matches.organizationId })
    .from(matches)
    .where(and(eq(matches.status, "requested"), lte(matches.requestDeadline, at), ...inScope(scope)))
    .orderBy(matches.requestDeadline)
    .limit(BATCH);
  let expired = 0;
  for (const { id, organizationId } of due) {
    const done = await withTenant({ organizationId }, async (tx) => {
      const [match] = await tx
        .update(matches)
        .set({ status: "expired", respondedAt: at })
        .where(and(eq(matches.id, id), eq(matches.organizationId, organizationId), eq(matches.status, "requested"), lte(matches.requestDeadline, at)))
        .returning();
      if (!match) return false;
      await replaceLostRequest(tx, organizationId, match, "expired", at);
      return true;
    });
    if (done) expired += 1;
  }
  return expired;
}

/** One reminder per open request, to its mentor in their language, before the deadline passes. */
export async function remindBeforeDeadline(at: Date, scope: SweepScope = {}): Promise<number> {
  const due = await getDb()
    .select({ id: matches.id, organizationId: matches.organizationId })
    .from(matches)
    .where(and(eq(matches.status, "requested"), isNull(matches.reminderSentAt), gt(matches.requestDeadline, at), sql`${remindAt} <= ${at.toISOString()}::timestamptz`, ...inScope(scope)))
    .limit(BATCH);
  let reminded = 0;
  for (const { id, organizationId } of due) {
    const done = await withTenant({ organizationId }, async (tx) => {
      const [match] = await tx
        .update(matches)
        .set({ reminderSentAt: at })
        .where(and(eq(matches.id, id), eq(matches.organizationId, organizationId), eq(matches.status, "requested"), isNull(matches.reminderSentAt)))
        .returning();
      if (!match?.requestDeadline) return false;
      const [row] = await tx
        .select({ email: memberships.email, userLocale: users.locale, defaultLocale: organizations.defaultLocale, programmeName: programmes.name })
        .from(enrolments)
        .innerJoin(memberships, eq(memberships.id, enrolments.membershipId))
        .innerJoin(organizations, eq(organizations.id, enrolments.organizationId))
        .innerJoin(programmes, eq(programmes.id, enrolments.programmeId))
        .leftJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(enrolments.id, match.mentorEnrolmentId), eq(enrolments.organizationId, organizationId)));
      const [mentee] = await tx
        .select({ name: memberships.name })
        .from(enrolments)
        .innerJoin(memberships, eq(memberships.id, enrolments.membershipId))
        .where(and(eq(enrolments.id, match.menteeEnrolmentId), eq(enrolments.organizationId, organizationId)));
      if (!row || !mentee) return false;
      const locale = isLocale(row.userLocale) ? row.userLocale : row.defaultLocale;
      await enqueueEmail(tx, {
        template: "match-reminder",
        to: row.email,
        locale,
        organizationId,
        idempotencyKey: `match-reminder:${match.id}`,
        props: { url: appLink("/matches"), programmeName: row.programmeName[locale], deadline: match.requestDeadline.toISOString(), menteeNames: [mentee.name] },
      });
      return true;
    });
    if (done) reminded += 1;
  }
  return reminded;
}
