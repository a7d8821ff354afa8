// No "server-only" marker: the job worker runs this module outside Next.js (npm run worker).
import { and, asc, eq, exists, gt, gte, inArray, isNotNull, lte, ne, notExists, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { codevCases, codevGroups, codevSessionNotices, meetingSeries, meetings, programmes, type CodevNoticeKind } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { defaultCodevSettings } from "@/lib/codevelopment/core/settings";
import { readNoticeSession, writeActionsReminder, writeCaseLate, writeCasePrep, writeCaseReady, writeFeedbackRequest, type NoticeSession } from "./write";

const DAY = 86_400_000;
/** Sessions handled per sweep and kind; the next sweep (a minute later) takes the rest. */
const BATCH = 200;

/** Days before a session: the group reads the case, the presenter and facilitator hear it is late, the last presenter is reminded of their actions. */
export const CASE_READY_LEAD_DAYS = 2;
export const CASE_LATE_LEAD_DAYS = 3;
export const ACTIONS_REMINDER_LEAD_DAYS = 2;
/** The late notice waits a day after the preparation email, so that a session planned at short notice does not get both at once. */
const CASE_LATE_AFTER_PREP_MS = DAY;
/** Feedback is asked for sessions of the last week only, so that old sessions never get a burst of emails. */
const FEEDBACK_WINDOW_DAYS = 7;

/** Limits a sweep to one organisation or programme: the test clock must not move other tests' sessions. */
export type CodevSweepScope = { organizationId?: string; programmeId?: string };

export type CodevSweepResult = { casePrep: number; caseReady: number; caseLate: number; actionsReminder: number; feedback: number };

const at$ = (at: Date) => sql`${at.toISOString()}::timestamptz`;
const leadBefore = (at: Date, days: number | SQL) => sql`${meetings.startsAt} - make_interval(days => ${days}) <= ${at$(at)}`;

// The programme's casePrepDays as readCodevSettings reads it (3 to 21, else the default), in SQL.
const rawPrepDays = sql`(${programmes.settings} ->> 'casePrepDays')`;
const fallback = sql.raw(String(defaultCodevSettings.casePrepDays));
const prepDays = sql`(case when ${rawPrepDays} ~ '^[0-9]{1,2}$' then (case when ${rawPrepDays}::int between 3 and 21 then ${rawPrepDays}::int else ${fallback} end) else ${fallback} end)`;

const notSent = (kind: CodevNoticeKind) =>
  notExists(
    getDb()
      .select({ one: sql`1` })
      .from(codevSessionNotices)
      .where(and(eq(codevSessionNotices.sessionId, meetings.id), eq(codevSessionNotices.kind, kind))),
  );

/** The session's case, ready and still its presenter's (a correlated subquery). */
function readyCaseQuery() {
  return getDb()
    .select({ one: sql`1` })
    .from(codevCases)
    .where(and(eq(codevCases.sessionId, meetings.id), eq(codevCases.status, "ready"), eq(codevCases.presenterMembershipId, meetings.casePresenterMembershipId)));
}

/** Sessions of published groups, limited to the scope, that meet `conditions`. */
async function candidates(scope: CodevSweepScope, conditions: (SQL | undefined)[]): Promise<{ id: string; organizationId: string }[]> {
  return getDb()
    .select({ id: meetings.id, organizationId: meetings.organizationId })
    .from(meetings)
    .innerJoin(meetingSeries, and(eq(meetingSeries.id, meetings.seriesId), eq(meetingSeries.ownerType, "group")))
    .innerJoin(codevGroups, and(eq(codevGroups.id, meetingSeries.ownerId), eq(codevGroups.organizationId, meetings.organizationId), eq(codevGroups.status, "published")))
    .innerJoin(programmes, eq(programmes.id, codevGroups.programmeId))
    .where(and(scope.organizationId ? eq(meetings.organizationId, scope.organizationId) : undefined, scope.programmeId ? eq(codevGroups.programmeId, scope.programmeId) : undefined, ...conditions))
    .orderBy(asc(meetings.startsAt))
    .limit(BATCH);
}

const upcoming = (at: Date) => [inArray(meetings.status, ["scheduled", "moved"]), gt(meetings.startsAt, at)];

type Writer = (tx: Parameters<typeof writeCasePrep>[0], session: NoticeSession, at: Date) => Promise<boolean>;

/** Runs one writer per candidate, each in its own tenant transaction, after re-reading the session there. */
async function notify(rows: { id: string; organizationId: string }[], at: Date, due: (session: NoticeSession) => boolean, write: Writer): Promise<number> {
  let sent = 0;
  for (const { id, organizationId } of rows) {
    const done = await withTenant({ organizationId }, async (tx) => {
      const session = await readNoticeSession(tx, organizationId, id);
      if (!session || !due(session)) return false;
      return write(tx, session, at);
    });
    if (done) sent += 1;
  }
  return sent;
}

const isUpcoming = (session: NoticeSession, at: Date) => (session.status === "scheduled" || session.status === "moved") && session.startsAt.getTime() > at.getTime();
const within = (session: NoticeSession, at: Date, days: number) => session.startsAt.getTime() - days * DAY <= at.getTime();

/**
 * The co-development work that depends on the clock, run every minute by the worker (queue "codev.sweep"):
 * the case-preparation email `casePrepDays` before a session, "the case is ready" two days before (or as
 * soon as it is ready after that), "the case is late" three days before, the previous presenter's actions
 * two days before, and the feedback request once a session is over. The day-before reminder with the time
 * and place is the scheduling reminder every session already gets (lib/scheduling/remind-session.ts).
 * `at` is the clock's now; the test clock (app/dev/sweep) passes another time, and one programme.
 */
export async function sweepCodevelopment(at: Date, scope: CodevSweepScope = {}): Promise<CodevSweepResult> {
  const casePrep = await notify(
    await candidates(scope, [...upcoming(at), isNotNull(meetings.casePresenterMembershipId), leadBefore(at, prepDays), notSent("casePrep")]),
    at,
    (s) => isUpcoming(s, at) && within(s, at, s.settings.casePrepDays),
    writeCasePrep,
  );
  const caseReady = await notify(
    await candidates(scope, [...upcoming(at), leadBefore(at, CASE_READY_LEAD_DAYS), exists(readyCaseQuery()), notSent("caseReady")]),
    at,
    (s) => isUpcoming(s, at) && within(s, at, CASE_READY_LEAD_DAYS),
    writeCaseReady,
  );
  const prepSentBefore = exists(
    getDb()
      .select({ one: sql`1` })
      .from(codevSessionNotices)
      .where(and(eq(codevSessionNotices.sessionId, meetings.id), eq(codevSessionNotices.kind, "casePrep"), lte(codevSessionNotices.sentAt, new Date(at.getTime() - CASE_LATE_AFTER_PREP_MS)))),
  );
  const caseLate = await notify(
    await candidates(scope, [...upcoming(at), isNotNull(meetings.casePresenterMembershipId), leadBefore(at, CASE_LATE_LEAD_DAYS), notExists(readyCaseQuery()), prepSentBefore, notSent("caseLate")]),
    at,
    (s) => isUpcoming(s, at) && within(s, at, CASE_LATE_LEAD_DAYS),
    writeCaseLate,
  );
  const actionsReminder = await notify(
    await candidates(scope, [...upcoming(at), leadBefore(at, ACTIONS_REMINDER_LEAD_DAYS), notSent("actionsReminder")]),
    at,
    (s) => isUpcoming(s, at) && within(s, at, ACTIONS_REMINDER_LEAD_DAYS),
    writeActionsReminder,
  );
  const over = sql`${meetings.startsAt} + make_interval(mins => ${meetings.durationMinutes}) <= ${at$(at)}`;
  const feedback = await notify(
    await candidates(scope, [
      ne(meetings.status, "cancelled"),
      or(eq(meetings.status, "held"), over),
      gte(meetings.startsAt, new Date(at.getTime() - FEEDBACK_WINDOW_DAYS * DAY)),
      notSent("feedback"),
    ]),
    at,
    (s) => s.status === "held" || s.startsAt.getTime() + s.durationMinutes * 60_000 <= at.getTime(),
    writeFeedbackRequest,
  );
  return { casePrep, caseReady, caseLate, actionsReminder, feedback };
}
