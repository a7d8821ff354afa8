import "server-only";
import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { addDays } from "@/lib/scheduling/time/local-date";
import { fromZoned } from "@/lib/scheduling/time/zoned-time";
import { readTrackCompletion, type TrackCompletionCounts } from "@/lib/tracks/completion-counts";
import type { LocalizedText } from "@/db/schema";
import type { InsightsFilters } from "./filters";

/** Guided conversations and learning tracks as SQL counts them, before the five-people rule (shape-guided-usage.ts). */
export type RawGuidedUsage = {
  /** Conversations closed per month ("YYYY-MM" on the organisation's clock), by context, and the distinct people in them. */
  months: { month: string; pair: number; team: number; people: number }[];
  /** Pairs that ran in the period, those of them that held a guided conversation in it, and the people of each. */
  pairs: { total: number; withGuide: number; people: number; peopleWithGuide: number };
  tracks: { programmeName: LocalizedText; counts: TrackCompletionCounts }[];
};

/**
 * Counts only: no column of what was said or agreed (conversation_agreements, conversation_actions) and no
 * reflection is read here. With a programme chosen, only that programme's pairs and track count (a manager's
 * conversations with their team belong to no programme); with a department, the conversations and pairs
 * in which someone of that department took part, and the track's participants of that department.
 */
export async function readGuidedUsage(tx: Tx, options: { organizationId: string; filters: InsightsFilters; timeZone: string }): Promise<RawGuidedUsage> {
  const { organizationId: org, filters, timeZone: tz } = options;
  const instant = (date: string) => sql`${fromZoned(date, "00:00", tz).toISOString()}::timestamptz`;
  const t0 = instant(filters.from);
  const t1 = instant(addDays(filters.to, 1));
  const eitherInDepartment = (a: string, b: string) =>
    filters.department ? sql`and exists (select 1 from memberships d where d.id in (${sql.raw(a)}, ${sql.raw(b)}) and d.organization_id = ${org} and d.department = ${filters.department})` : sql``;
  const onProgramme = filters.programmeId ? sql`and m.programme_id = ${filters.programmeId}::uuid` : sql``;

  const [row] = await tx.execute<{ usage: { months: RawGuidedUsage["months"] | null; pairs: RawGuidedUsage["pairs"] } }>(sql`
    with
    held as (
      select c.id, c.context, c.match_id, c.lead_membership_id as lead, c.partner_membership_id as partner,
        to_char(c.closed_at at time zone ${tz}, 'YYYY-MM') as month
      from conversations c
      left join matches m on m.id = c.match_id and m.organization_id = ${org}
      where c.organization_id = ${org} and c.status = 'closed' and c.closed_at >= ${t0} and c.closed_at < ${t1}
        ${filters.programmeId ? sql`and c.context = 'pair' ${onProgramme}` : sql``}
        ${eitherInDepartment("c.lead_membership_id", "c.partner_membership_id")}),
    pair_people as (
      select m.id as match_id, me.membership_id as mentor, mt.membership_id as mentee
      from matches m
      join programmes pr on pr.id = m.programme_id and pr.status <> 'draft'
      join enrolments me on me.id = m.mentor_enrolment_id
      join enrolments mt on mt.id = m.mentee_enrolment_id
      where m.organization_id = ${org} and m.status in ('accepted', 'ended')
        and coalesce(m.responded_at, m.created_at) < ${t1} and (m.ended_at is null or m.ended_at >= ${t0})
        ${onProgramme}
        ${eitherInDepartment("me.membership_id", "mt.membership_id")}),
    guided_pairs as (select distinct match_id from held where context = 'pair')
    select json_build_object(
      'months', (
        select json_agg(json_build_object('month', month, 'pair', pair, 'team', team, 'people', people) order by month) from (
          select month, count(*) filter (where context = 'pair') as pair, count(*) filter (where context = 'team') as team,
            (select count(distinct p) from held h2, lateral (values (h2.lead), (h2.partner)) v(p) where h2.month = h.month) as people
          from held h group by month) x),
      'pairs', (
        select json_build_object(
          'total', count(*), 'withGuide', count(*) filter (where g.match_id is not null),
          'people', (select count(distinct p) from pair_people, lateral (values (mentor), (mentee)) v(p)),
          'peopleWithGuide', (select count(distinct p) from pair_people pp join guided_pairs g2 on g2.match_id = pp.match_id, lateral (values (pp.mentor), (pp.mentee)) v(p)))
        from pair_people pp left join guided_pairs g on g.match_id = pp.match_id)
    ) as usage`);

  const programmes = await tx.execute<{ id: string; name: LocalizedText }>(sql`
    select p.id, p.name from programmes p join learning_tracks t on t.programme_id = p.id and t.organization_id = ${org}
    where p.organization_id = ${org} and p.status <> 'draft' ${filters.programmeId ? sql`and p.id = ${filters.programmeId}::uuid` : sql``}
    order by p.created_at`);
  const tracks: RawGuidedUsage["tracks"] = [];
  for (const programme of programmes) {
    const counts = await readTrackCompletion(tx, org, programme.id, filters.department);
    if (counts) tracks.push({ programmeName: programme.name, counts });
  }
  return { months: row.usage.months ?? [], pairs: row.usage.pairs, tracks };
}
