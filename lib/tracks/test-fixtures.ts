import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { enrolments, learningTrackSteps, learningTracks, meetingParticipants, programmes, type LocalizedText } from "@/db/schema";
import { createCodevWorld, type CodevPerson } from "@/lib/codevelopment/session-fixtures";
import { toZoned } from "@/lib/scheduling/time/zoned-time";
import type { TrackStepKind } from "./core/progress";

// Test arrangements for the learning tracks, with direct inserts as the owner: the co-development world of
// the session tests (a running programme, a published group with sessions three weeks apart, people who read
// Dutch or English, an admin, an admin of another organisation), its people enrolled, and a track.

const DAY = 86_400_000;

export type TrackWorld = Awaited<ReturnType<typeof createTrackWorld>>;

/** The world, with the facilitator and p1–p3 enrolled in its programme, and the start of a track a week before the first session. */
export async function createTrackWorld() {
  const world = await createCodevWorld();
  const enrol = async (programmeId: string, people: CodevPerson[], role: "participant" | "facilitator" | "mentee" | "mentor") => {
    await getDb()
      .insert(enrolments)
      .values(people.map((p) => ({ organizationId: world.organizationId, programmeId, membershipId: p.membershipId, role })));
  };
  await enrol(world.programmeId, [world.p1, world.p2, world.p3], "participant");
  await enrol(world.programmeId, [world.facilitator], "facilitator");
  const startsOn = toZoned(new Date(world.sessions[0].startsAt.getTime() - 7 * DAY), "Europe/Amsterdam").date;
  const trackTables = ["learning_tracks", "learning_track_steps", "learning_track_completions", "learning_track_reflections", "learning_track_reminders", "audit_events", "email_messages"];
  return {
    ...world,
    startsOn,
    enrol,
    /** Everything of the organisation's tracks (and its audit log and outbox), as one comparable value. */
    snapshot: async () => {
      const parts: unknown[] = [];
      for (const table of trackTables) {
        parts.push(Array.from(await getDb().execute(sql`select * from ${sql.identifier(table)} where organization_id = ${world.organizationId} order by id`)));
      }
      return JSON.stringify(parts);
    },
    /** A second programme of the organisation (mentoring, running), with p1 as a mentee. */
    mentoringProgramme: async () => {
      const [row] = await getDb()
        .insert(programmes)
        .values({ organizationId: world.organizationId, kind: "mentoring", status: "running", name: { nl: "Mentorprogramma", en: "Mentoring" }, description: { nl: "", en: "" } })
        .returning({ id: programmes.id });
      await enrol(row.id, [world.p1], "mentee");
      return row.id;
    },
    recordAttendance: async (sessionIndex: number, person: CodevPerson, attendance: "attended" | "absent") => {
      await getDb()
        .update(meetingParticipants)
        .set({ attendance })
        .where(and(eq(meetingParticipants.sessionId, world.sessions[sessionIndex].id), eq(meetingParticipants.membershipId, person.membershipId)));
    },
  };
}

export type StepSeed = { kind: TrackStepKind; title?: LocalizedText; dueWeek?: number | null; guideKey?: string | null; url?: string | null };

/** A track with these steps, written directly; returns the track's and the steps' ids in order. */
export async function insertTrack(organizationId: string, programmeId: string, startsOn: string, steps: StepSeed[]): Promise<{ trackId: string; stepIds: string[] }> {
  const [track] = await getDb().insert(learningTracks).values({ organizationId, programmeId, startsOn }).returning({ id: learningTracks.id });
  const rows = steps.length
    ? await getDb()
        .insert(learningTrackSteps)
        .values(
          steps.map((s, i) => ({
            organizationId,
            trackId: track.id,
            position: i + 1,
            kind: s.kind,
            title: s.title ?? { nl: `Stap ${i + 1}`, en: `Step ${i + 1}` },
            dueWeek: s.dueWeek ?? null,
            guideKey: s.kind === "conversation" ? (s.guideKey ?? "career") : null,
            url: s.kind === "reading" ? (s.url ?? "https://example.org/read") : null,
          })),
        )
        .returning({ id: learningTrackSteps.id, position: learningTrackSteps.position })
    : [];
  return { trackId: track.id, stepIds: rows.sort((a, b) => a.position - b.position).map((r) => r.id) };
}

/** The steps of a track in order, as stored (removed ones included, last). */
export async function storedSteps(trackId: string) {
  return getDb()
    .select()
    .from(learningTrackSteps)
    .where(inArray(learningTrackSteps.trackId, [trackId]))
    .orderBy(sql`${learningTrackSteps.removedAt} nulls first`, learningTrackSteps.position);
}

export function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}
