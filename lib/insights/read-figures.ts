import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { addDays } from "@/lib/scheduling/time/local-date";
import { fromZoned } from "@/lib/scheduling/time/zoned-time";
import { monthsOf, type InsightsFilters } from "./filters";

/** The figures as SQL counts them, before the privacy rule (shape-figures.ts) decides what may be shown. */
export type RawFigures = {
  funnel: { invited: number; signedUp: number; matched: number; accepted: number; firstSession: number; active: number };
  medianDays: number | null;
  medianPeople: number;
  months: { month: string; planned: number; held: number; people: number }[];
  attendance: { attended: number; total: number; people: number };
  cases: { count: number; people: number };
  actions: { total: number; done: number; people: number };
  feedback: { mean: number | null; responses: number; people: number };
  acceptance: { accepted: number; answered: number; people: number };
  declines: { reason: string; count: number; people: number }[];
  /** How many mentors declined for each combination of reasons: the head count of any merged reasons. */
  declineMentors: { reasons: string[]; people: number }[];
  /** level: 1 signed up, 2 takes part, 3 contributes, 4 leads. */
  ladder: { department: string; level: number; people: number }[];
};

export type ReadFiguresOptions = { organizationId: string; filters: InsightsFilters; timeZone: string; now: Date };

/** "Still active" looks back this far from the end of the period (or from now, if that is earlier). */
export const ACTIVE_DAYS = 60;

/**
 * Every figure of the page in one statement: aggregates only, computed in PostgreSQL, so that the work
 * and the number of round trips do not grow with the organisation. Confidential tables (cases, feedback)
 * are read for ids, counts and scores only; no text column appears in this query.
 *
 * A session counts as planned whatever became of it (cancelled ones too), and as held when it is marked
 * held (the group's runner does so), or anyone's attendance was recorded as attended, or, for a pair (pairs
 * record no attendance), when its end has passed without a cancellation. A participant of a session held
 * that way counts as attended unless marked absent or excused. Only the sessions of pairs and groups count
 * (not ad-hoc ones), only those of programmes past their draft, and only within the period (plus the 60
 * days before its end that "still active" looks at): a first session after the period is not counted.
 */
export async function readFigures(tx: Executor, options: ReadFiguresOptions): Promise<RawFigures> {
  const { organizationId: org, filters, timeZone: tz, now } = options;
  // The period's bounds and its months' starts as instants, worked out here in the organisation's zone:
  // constants for SQL, so that no row pays for a time-zone conversion.
  const instant = (date: string) => sql`${fromZoned(date, "00:00", tz).toISOString()}::timestamptz`;
  const t0 = instant(filters.from);
  const t1 = instant(addDays(filters.to, 1));
  const ref = sql`least(${t1}, ${now.toISOString()}::timestamptz)`;
  const months = monthsOf(filters);
  const monthStarts = [...months.map((m) => `${m}-01`), addDays(`${months[months.length - 1]}-01`, 31).slice(0, 7) + "-01"];
  const bounds = sql`${`{${monthStarts.map((d) => fromZoned(d, "00:00", tz).toISOString()).join(",")}}`}::timestamptz[]`;
  const inPeriod = (column: SQL) => sql`${column} >= ${t0} and ${column} < ${t1}`;
  // Programmes past their draft, optionally one; joined inline so that the planner sees real row counts.
  const onProgramme = (column: SQL) =>
    sql`join programmes pr on pr.id = ${column} and pr.status <> 'draft' ${filters.programmeId ? sql`and pr.id = ${filters.programmeId}::uuid` : sql``}`;
  // Without a department every participant is in scope: the join to people is left out, not run for nothing.
  const inDepartment = (column: SQL) => (filters.department ? sql`join people on people.id = ${column}` : sql``);
  // Participations in scope: everyone's, or (with a department) those of the department's people.
  const part = filters.department ? sql`part` : sql`part_all`;

  // One statement over the whole organisation: hash joins over whole tables beat an index probe per row,
  // and its intermediate results fit in memory. For the rest of this transaction only (set_config's `true`).
  await tx.execute(sql`select set_config('enable_nestloop', 'off', true), set_config('work_mem', '32MB', true), set_config('jit', 'off', true)`);
  const [row] = await tx.execute<{ figures: unknown }>(sql`
    with
    people as materialized (
      select id, department, created_at from memberships
      where organization_id = ${org} ${filters.department ? sql`and department = ${filters.department}` : sql``}),
    enr as materialized (
      select e.id, e.membership_id, e.programme_id, e.created_at from enrolments e ${onProgramme(sql`e.programme_id`)}
      ${inDepartment(sql`e.membership_id`)}
      where e.organization_id = ${org}),
    owners as (
      select m.id as owner_id, 'match'::series_owner_type as owner_type, me.membership_id as mentor_id
      from matches m ${onProgramme(sql`m.programme_id`)} join enrolments me on me.id = m.mentor_enrolment_id
      where m.organization_id = ${org} and m.status in ('accepted', 'ended')
      union all
      select g.id, 'group'::series_owner_type, null::uuid
      from codev_groups g ${onProgramme(sql`g.programme_id`)}
      where g.organization_id = ${org} and g.status <> 'proposed'),
    sess as materialized (
      select s.id, s.starts_at, s.status, o.owner_type, o.owner_id, o.mentor_id, s.case_presenter_membership_id as presenter_id,
        -- A pair's meeting that was not cancelled is presumed held with both present, until one of them
        -- records who came (lib/mentoring/pair/meetings.ts): from then on the record counts.
        (s.status = 'held' or (s.status <> 'cancelled' and (
          (o.owner_type = 'match' and s.starts_at + make_interval(mins => s.duration_minutes) <= ${now.toISOString()}::timestamptz
            and s.id not in (select session_id from meeting_participants where organization_id = ${org} and attendance <> 'invited'))
          or s.id in (select session_id from meeting_participants where organization_id = ${org} and attendance = 'attended')))) as held,
        (s.status = 'held' or (o.owner_type = 'match'
          and s.id not in (select session_id from meeting_participants where organization_id = ${org} and attendance <> 'invited'))) as presumed_present,
        -- The month as its number in the period (1 is the first): a binary search among the months' starts.
        case when ${inPeriod(sql`s.starts_at`)} then width_bucket(s.starts_at, ${bounds}) end as month
      from meeting_sessions s
      join meeting_series ser on ser.id = s.series_id
      join owners o on o.owner_id = ser.owner_id and o.owner_type = ser.owner_type
      -- The period, and the 60 days before its end that "still active" looks at: nothing else is counted.
      where s.organization_id = ${org} and ser.organization_id = ${org}
        and s.starts_at >= least(${t0}, ${ref} - make_interval(days => ${ACTIVE_DAYS})) and s.starts_at < ${t1}),
    -- Every participation in those sessions, whoever it is: whether a session was held is the session's own.
    part_all as materialized (
      select p.membership_id, p.session_id, s.starts_at, s.month, s.held, s.owner_type, s.owner_id, p.membership_id = s.mentor_id as is_mentor,
        (s.held and (p.attendance = 'attended' or (s.presumed_present and p.attendance = 'invited'))) as attended
      from meeting_participants p join sess s on s.id = p.session_id
      where p.organization_id = ${org}),
    ${filters.department ? sql`part as materialized (select part_all.* from part_all join people on people.id = part_all.membership_id),` : sql``}
    cohort_enr as (select id, membership_id, programme_id, created_at from enr where ${inPeriod(sql`created_at`)}),
    cohort as (select membership_id, min(created_at) as signed_up_at from cohort_enr group by membership_id),
    placed as (
      select ce.membership_id, x.status in ('accepted', 'ended') as accepted
      from (
        select mentor_enrolment_id as enrolment_id, status from matches where organization_id = ${org} and status <> 'proposed'
        union all
        select mentee_enrolment_id, status from matches where organization_id = ${org} and status <> 'proposed'
      ) x join cohort_enr ce on ce.id = x.enrolment_id
      union all
      select ce.membership_id, true from codev_group_members gm
      join codev_groups g on g.id = gm.group_id and g.status <> 'proposed'
      join cohort_enr ce on ce.membership_id = gm.membership_id and ce.programme_id = g.programme_id
      where gm.organization_id = ${org}),
    cohort_placed as (
      select c.membership_id, c.signed_up_at, bool_or(pl.accepted) as accepted
      from cohort c join placed pl on pl.membership_id = c.membership_id group by c.membership_id, c.signed_up_at),
    -- One pass over every participation: what each person did in the period, and after signing up.
    person as materialized (
      select p.membership_id,
        bool_or(p.attended and p.month is not null) as took_part,
        count(*) filter (where p.held and p.month is not null) as n_held,
        count(*) filter (where p.attended and p.month is not null) as n_attended,
        min(p.starts_at) filter (where p.attended and p.starts_at >= c.signed_up_at) as first_at,
        bool_or(p.attended and p.starts_at >= c.signed_up_at and p.starts_at > ${ref} - make_interval(days => ${ACTIVE_DAYS}) and p.starts_at <= ${ref}) as active
      from ${part} p left join cohort c on c.membership_id = p.membership_id
      group by p.membership_id),
    cohort_first as (
      select cp.membership_id, cp.signed_up_at, pe.first_at, pe.active
      from cohort_placed cp join person pe on pe.membership_id = cp.membership_id
      where cp.accepted and pe.first_at is not null),
    mentoring as (
      select membership_id, count(*) as pairs
      from (select distinct membership_id, owner_id from ${part} where is_mentor and attended and month is not null) x group by membership_id),
    presenters as (
      select coalesce(c.presenter_membership_id, s.presenter_id) as membership_id
      from sess s left join codev_cases c on c.session_id = s.id
      where s.owner_type = 'group' and s.held and s.month is not null),
    facilitators as (
      select distinct gm.membership_id from codev_group_members gm
      join sess s on s.owner_type = 'group' and s.owner_id = gm.group_id and s.held and s.month is not null
      where gm.organization_id = ${org} and gm.role = 'facilitator'),
    ladder_people as (
      select membership_id from enr where created_at < ${t1}
      union select membership_id from facilitators),
    ladder as (
      select coalesce(people.department, '') as department,
        case when f.membership_id is not null or coalesce(mt.pairs, 0) >= 2 then 4
             when pr.membership_id is not null or coalesce(mt.pairs, 0) = 1 then 3
             when coalesce(pe.took_part, false) then 2 else 1 end as level
      from ladder_people lp
      join people on people.id = lp.membership_id
      left join person pe on pe.membership_id = lp.membership_id
      left join mentoring mt on mt.membership_id = lp.membership_id
      left join (select distinct membership_id from presenters) pr on pr.membership_id = lp.membership_id
      left join facilitators f on f.membership_id = lp.membership_id),
    answered as (
      select m.status, m.decline_reason, e.membership_id as mentor
      from matches m join enr e on e.id = m.mentor_enrolment_id
      where m.organization_id = ${org} and m.status in ('accepted', 'ended', 'declined', 'expired') and ${inPeriod(sql`m.created_at`)}),
    month_sessions as (
      select s.month, count(*) as planned, count(*) filter (where s.held) as held from sess s
      where s.month is not null ${filters.department ? sql`and s.id in (select session_id from part)` : sql``}
      group by s.month),
    month_people as (
      select month, count(*) as people from (select distinct month, membership_id from ${part} where month is not null) x group by month)
    select json_build_object(
      'funnel', json_build_object(
        'invited', (select count(*) from people where created_at < ${t1} or id in (select membership_id from cohort)),
        'signedUp', (select count(*) from cohort),
        'matched', (select count(*) from cohort_placed),
        'accepted', (select count(*) from cohort_placed where accepted),
        'firstSession', (select count(*) from cohort_first),
        'active', (select count(*) from cohort_first where active)),
      'medianDays', (select percentile_cont(0.5) within group (order by extract(epoch from first_at - signed_up_at) / 86400) from cohort_first),
      'medianPeople', (select count(*) from cohort_first),
      'months', coalesce((
        select json_agg(json_build_object('month', s.month, 'planned', s.planned, 'held', s.held, 'people', coalesce(p.people, 0)) order by s.month)
        from month_sessions s left join month_people p on p.month = s.month), '[]'::json),
      'attendance', (
        select json_build_object('attended', coalesce(sum(n_attended), 0), 'total', coalesce(sum(n_held), 0), 'people', count(*) filter (where n_held > 0))
        from person),
      'cases', (
        select json_build_object('count', count(*), 'people', count(distinct pr.membership_id))
        from presenters pr ${inDepartment(sql`pr.membership_id`)} where pr.membership_id is not null),
      'actions', (
        select json_build_object('total', count(*), 'done', count(*) filter (where a.done_at is not null), 'people', count(distinct a.owner_membership_id))
        from codev_actions a join codev_groups g on g.id = a.group_id ${onProgramme(sql`g.programme_id`)}
        ${inDepartment(sql`a.owner_membership_id`)}
        where a.organization_id = ${org} and a.owner_membership_id is not null and ${inPeriod(sql`a.created_at`)}),
      'feedback', (
        select json_build_object('mean', avg(f.score)::float8, 'responses', count(*), 'people', count(distinct f.membership_id))
        from codev_feedback f join sess s on s.id = f.session_id ${inDepartment(sql`f.membership_id`)}
        where f.organization_id = ${org} and s.month is not null),
      'acceptance', (
        select json_build_object('accepted', count(*) filter (where status in ('accepted', 'ended')), 'answered', count(*), 'people', count(distinct mentor))
        from answered),
      'declines', coalesce((
        select json_agg(json_build_object('reason', reason, 'count', n, 'people', people) order by reason) from (
          select coalesce(decline_reason::text, 'other') as reason, count(*) as n, count(distinct mentor) as people
          from answered where status = 'declined' group by 1) d), '[]'::json),
      'declineMentors', coalesce((
        select json_agg(json_build_object('reasons', reasons, 'people', n)) from (
          select reasons, count(*) as n from (
            select array_agg(distinct coalesce(decline_reason::text, 'other')) as reasons
            from answered where status = 'declined' group by mentor) x group by reasons) d), '[]'::json),
      'ladder', coalesce((
        select json_agg(json_build_object('department', department, 'level', level, 'people', n)) from (
          select department, level, count(*) as n from ladder group by 1, 2) l), '[]'::json)
    ) as figures`);
  const figures = row.figures as Omit<RawFigures, "months"> & { months: (Omit<RawFigures["months"][number], "month"> & { month: number })[] };
  return { ...figures, months: figures.months.map((m) => ({ ...m, month: months[m.month - 1] })) };
}
