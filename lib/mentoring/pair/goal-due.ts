// No "server-only" marker: the periodic sweep of the job worker runs this module outside Next.js.
import { and, eq, inArray, lte, notInArray, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { enrolments, matches, memberships, mentoringGoals, organizations, programmes, users } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { enqueueEmail } from "@/lib/email/enqueue";
import { appLink } from "@/lib/env";
import { isLocale } from "@/lib/i18n/config";
import { addDays } from "@/lib/scheduling/time/local-date";
import type { SweepScope } from "../deadlines";

/** A goal is announced this many days before its due date (and once when it is overdue and never was). */
export const GOAL_DUE_LEAD_DAYS = 3;

const closedStatuses = ["done", "dropped"] as const;

/**
 * Writes a "goal-due" email to both people of every accepted pair whose open goal is due within the next
 * three days and was not yet reminded for that due date. Each goal gets its own tenant transaction in which
 * due_reminded_for is set by compare-and-swap and the two emails are written, so that two sweeps at once,
 * or a retried one, remind once per due date. Dates are compared as UTC calendar days. Returns how many
 * goals were reminded. `scope` limits it to one organisation or programme (the test clock's sweep).
 */
export async function remindDueGoals(at: Date, scope: SweepScope = {}): Promise<number> {
  const horizon = addDays(at.toISOString().slice(0, 10), GOAL_DUE_LEAD_DAYS);
  // The system connection sees every organisation; each goal is then handled inside its own tenant.
  const due = await getDb()
    .select({ id: mentoringGoals.id, organizationId: mentoringGoals.organizationId, dueDate: mentoringGoals.dueDate })
    .from(mentoringGoals)
    .innerJoin(matches, and(eq(matches.id, mentoringGoals.matchId), eq(matches.organizationId, mentoringGoals.organizationId)))
    .where(
      and(
        eq(matches.status, "accepted"),
        notInArray(mentoringGoals.status, [...closedStatuses]),
        lte(mentoringGoals.dueDate, horizon),
        notRemindedFor(),
        scope.organizationId ? eq(matches.organizationId, scope.organizationId) : undefined,
        scope.programmeId ? eq(matches.programmeId, scope.programmeId) : undefined,
      ),
    )
    .orderBy(mentoringGoals.dueDate);
  let reminded = 0;
  for (const goal of due) {
    if (await remindGoal(goal, horizon)) reminded += 1;
  }
  return reminded;
}

/** Not yet reminded for the current due date: never, or for a date the goal has since moved from. */
function notRemindedFor() {
  return sql`${mentoringGoals.dueRemindedFor} is distinct from ${mentoringGoals.dueDate}`;
}

async function remindGoal(goal: { id: string; organizationId: string; dueDate: string }, horizon: string): Promise<boolean> {
  return withTenant({ organizationId: goal.organizationId }, async (tx) => {
    // The goal is re-checked in the same statement that marks it: edited, done or ended since the scan means no email.
    const [marked] = await tx
      .update(mentoringGoals)
      .set({ dueRemindedFor: sql`${mentoringGoals.dueDate}` })
      .where(
        and(
          eq(mentoringGoals.id, goal.id),
          eq(mentoringGoals.organizationId, goal.organizationId),
          lte(mentoringGoals.dueDate, horizon),
          notInArray(mentoringGoals.status, [...closedStatuses]),
          notRemindedFor(),
          sql`exists (select 1 from ${matches} where ${matches.id} = ${mentoringGoals.matchId} and ${matches.organizationId} = ${goal.organizationId} and ${matches.status} = 'accepted')`,
        ),
      )
      .returning({ matchId: mentoringGoals.matchId, dueDate: mentoringGoals.dueDate });
    if (!marked) return false;
    await emailBoth(tx, goal.organizationId, goal.id, marked);
    return true;
  });
}

async function emailBoth(tx: Tx, organizationId: string, goalId: string, goal: { matchId: string; dueDate: string }): Promise<void> {
  const [match] = await tx
    .select({ mentorEnrolmentId: matches.mentorEnrolmentId, menteeEnrolmentId: matches.menteeEnrolmentId, programmeName: programmes.name })
    .from(matches)
    .innerJoin(programmes, and(eq(programmes.id, matches.programmeId), eq(programmes.organizationId, organizationId)))
    .where(and(eq(matches.id, goal.matchId), eq(matches.organizationId, organizationId)));
  if (!match) return;
  const people = await tx
    .select({ enrolmentId: enrolments.id, membershipId: memberships.id, name: memberships.name, email: memberships.email, status: memberships.status, userLocale: users.locale, organizationLocale: organizations.defaultLocale })
    .from(enrolments)
    .innerJoin(memberships, and(eq(memberships.id, enrolments.membershipId), eq(memberships.organizationId, organizationId)))
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(enrolments.organizationId, organizationId), inArray(enrolments.id, [match.mentorEnrolmentId, match.menteeEnrolmentId])));
  for (const reader of people) {
    const other = people.find((p) => p.enrolmentId !== reader.enrolmentId);
    if (!other || reader.status !== "active") continue;
    const locale = isLocale(reader.userLocale) ? reader.userLocale : reader.organizationLocale;
    await enqueueEmail(tx, {
      template: "goal-due",
      to: reader.email,
      locale,
      organizationId,
      idempotencyKey: `goal-due:${goalId}:${goal.dueDate}:${reader.membershipId}`,
      props: { url: appLink(`/matches/${goal.matchId}`), programmeName: match.programmeName[locale], otherName: other.name, dueDate: goal.dueDate },
    });
  }
}
