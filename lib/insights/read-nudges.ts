import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import type { LocalizedText } from "@/db/schema";
import type { PlainDate } from "@/lib/scheduling/time/local-date";
import { MIN_PEOPLE } from "./privacy";
import { nudgeKinds, type NudgeKind, type NudgeList } from "./types";

// No "server-only": the weekly digest (queue "insights.digest") reads the same list in the job worker.

/** A pair is stalled when it has had no session for this long and has none planned. */
export const PAIR_QUIET_DAYS = 30;
/** A group's next session within this many days should have a case marked ready. */
export const CASE_READY_DAYS = 7;
/** Match requests whose deadline falls within this many hours. */
export const EXPIRING_HOURS = 48;
/** A facilitator's groups attend little when, over the last LOW_ATTENDANCE_DAYS, under this share came. */
export const LOW_ATTENDANCE_RATE = 0.7;
export const LOW_ATTENDANCE_DAYS = 90;
/** Items listed per kind; the total says how many there are. */
export const NUDGES_PER_KIND = 25;

type Row = { kind: NudgeKind; programme_id: string; programme_name: LocalizedText; names: string[]; group_number: number | null; at: string | null; rate: number | null; total: number };

export type ReadNudgesOptions = { organizationId: string; programmeId?: string | null; department?: string | null; until?: PlainDate | null; now: Date };

/**
 * What stalls, now: pairs without a session, groups whose next case is not ready, requests about to
 * expire, facilitators whose groups attend little. One statement; names and dates only, never content.
 * With a department: the pairs and groups that someone of it is in, when it has MIN_PEOPLE people (as the
 * figures, a smaller one is no filter). With a period's end: the pairs and groups formed by then.
 */
export async function readNudges(tx: Executor, options: ReadNudgesOptions): Promise<NudgeList> {
  const { organizationId: org, now, department, until } = options;
  const at = sql`${now.toISOString()}::timestamptz`;
  const onlyProgramme = (column: SQL) => (options.programmeId ? sql`and ${column} = ${options.programmeId}::uuid` : sql``);
  // The day after the period's last one, at midnight in the organisation's zone.
  const formedBy = (column: SQL) =>
    until ? sql`and ${column} < (${until}::date + 1)::timestamp at time zone (select time_zone from organizations where id = ${org})` : sql``;
  const departmentPeople = department
    ? sql`dept_people as (
      select id from memberships where organization_id = ${org} and department = ${department} and status <> 'removed'
      and (select count(*) from memberships where organization_id = ${org} and department = ${department} and status <> 'removed') >= ${MIN_PEOPLE}),
      dept_on as (select exists (select 1 from dept_people) as active),`
    : sql``;
  const pairInDepartment = department
    ? sql`and (not (select active from dept_on) or exists (
        select 1 from enrolments e where e.organization_id = ${org} and e.id in (m.mentor_enrolment_id, m.mentee_enrolment_id) and e.membership_id in (select id from dept_people)))`
    : sql``;
  const groupInDepartment = department
    ? sql`and (not (select active from dept_on) or exists (
        select 1 from codev_group_members gm where gm.organization_id = ${org} and gm.group_id = g.id and gm.membership_id in (select id from dept_people)))`
    : sql``;
  const rows = await tx.execute<Row>(sql`
    with
    ${departmentPeople}
    progs as (select id, name from programmes where organization_id = ${org} and status <> 'draft' ${onlyProgramme(sql`id`)}),
    -- People are carried as ids (the pair's enrolments, or a facilitator's membership) and named at the end,
    -- for the few items listed only.
    pairs as (
      select m.id, m.programme_id, m.created_at, m.responded_at, m.request_deadline, m.status, array[m.mentor_enrolment_id, m.mentee_enrolment_id] as who
      from matches m
      where m.organization_id = ${org} and m.status in ('accepted', 'requested') ${onlyProgramme(sql`m.programme_id`)}
        ${formedBy(sql`m.created_at`)} ${pairInDepartment}),
    -- Each accepted pair's latest session (planned ones included), found through its series' index.
    stalled as (
      select 'pairWithoutSession' as kind, p.programme_id, p.who, null::int as group_number, l.last_at as at, null::float8 as rate
      from pairs p
      left join lateral (
        select max(s.starts_at) as last_at from meeting_series ser join meeting_sessions s on s.series_id = ser.id
        where ser.owner_type = 'match' and ser.owner_id = p.id and ser.organization_id = ${org} and s.status <> 'cancelled') l on true
      where p.status = 'accepted' and coalesce(p.responded_at, p.created_at) < ${at} - make_interval(days => ${PAIR_QUIET_DAYS})
        and (l.last_at is null or l.last_at < ${at} - make_interval(days => ${PAIR_QUIET_DAYS}))),
    expiring as (
      select 'requestExpiring' as kind, p.programme_id, p.who, null::int, p.request_deadline, null::float8
      from pairs p
      where p.status = 'requested' and p.request_deadline > ${at} and p.request_deadline <= ${at} + make_interval(hours => ${EXPIRING_HOURS})),
    live_groups as (
      select g.id, g.programme_id, g.number from codev_groups g
      where g.organization_id = ${org} and g.status = 'published' ${onlyProgramme(sql`g.programme_id`)}
        ${formedBy(sql`coalesce(g.published_at, g.created_at)`)} ${groupInDepartment}),
    group_sessions as (
      select g.id as group_id, s.id, s.starts_at, s.status
      from live_groups g join meeting_series ser on ser.owner_type = 'group' and ser.owner_id = g.id and ser.organization_id = ${org}
      join meeting_sessions s on s.series_id = ser.id
      where s.status <> 'cancelled' and s.starts_at > ${at} - make_interval(days => ${LOW_ATTENDANCE_DAYS})),
    next_session as (
      select distinct on (group_id) group_id, id, starts_at from group_sessions
      where status in ('scheduled', 'moved') and starts_at > ${at}
      order by group_id, starts_at),
    unready as (
      select 'caseNotReady' as kind, g.programme_id, array[]::uuid[], g.number, n.starts_at, null::float8
      from live_groups g join next_session n on n.group_id = g.id
      where n.starts_at <= ${at} + make_interval(days => ${CASE_READY_DAYS})
        and not exists (select 1 from codev_cases c where c.session_id = n.id and c.status = 'ready')),
    recent_part as (
      select gs.group_id, gs.id, gs.status, p.attendance
      from group_sessions gs join meeting_participants p on p.session_id = gs.id
      where gs.starts_at <= ${at}),
    -- Held: marked held, or anyone's attendance recorded; a participant of a session marked held counts as there.
    group_attendance as (
      select group_id, count(distinct id) as sessions,
        avg(case when attendance = 'attended' or (status = 'held' and attendance = 'invited') then 1.0 else 0.0 end)::float8 as rate
      from recent_part
      where id in (select id from recent_part group by id having bool_or(status = 'held' or attendance = 'attended'))
      group by group_id),
    low as (
      select 'lowAttendance' as kind, g.programme_id, array[gm.membership_id], g.number, null::timestamptz, a.rate
      from live_groups g join group_attendance a on a.group_id = g.id
      join codev_group_members gm on gm.group_id = g.id and gm.role = 'facilitator'
      where a.sessions >= 2 and a.rate < ${LOW_ATTENDANCE_RATE}),
    items as (
      select *, row_number() over (partition by kind order by at nulls first, rate, who) as n, count(*) over (partition by kind) as total
      from (select * from stalled union all select * from expiring union all select * from unready union all select * from low) u)
    select i.kind, i.programme_id, pr.name as programme_name, i.group_number, i.at, i.rate, i.total::int as total,
      array(
        select coalesce(via_enrolment.name, direct.name) from unnest(i.who) with ordinality w(id, position)
        left join enrolments e on e.id = w.id and e.organization_id = ${org}
        left join memberships via_enrolment on via_enrolment.id = e.membership_id
        left join memberships direct on direct.id = w.id and e.id is null
        order by w.position) as names
    from items i join progs pr on pr.id = i.programme_id
    where i.n <= ${NUDGES_PER_KIND}
    order by i.kind, i.n`);
  return nudgeKinds.map((kind) => {
    const own = Array.from(rows).filter((r) => r.kind === kind);
    return {
      kind,
      total: own[0]?.total ?? 0,
      items: own.map((r) => ({
        kind,
        programmeId: r.programme_id,
        programmeName: r.programme_name,
        names: r.names ?? [],
        groupNumber: r.group_number,
        at: r.at ? new Date(r.at) : null,
        rate: r.rate,
      })),
    };
  });
}
