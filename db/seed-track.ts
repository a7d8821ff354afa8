import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor } from "./client";
import { codevGroups, enrolments, learningTrackCompletions, learningTrackReflections, learningTrackSteps, learningTracks, meetingSeries, meetings, programmes } from "./schema";
import { createRandom } from "./seed-data";

// The demo's learning track (issue 12): the running co-development programme of the history (db/seed-history.ts)
// gets a track that began a week before its first session, so that its participants see their progress and
// next step on their home page on a first start. Sessions attended count by themselves; some participants
// have read, reflected and held their conversation. No due week ends in the two weeks before the seed's `now`,
// so that a first start sends no overdue reminders (lib/tracks/sweep.ts reminds within two weeks of a due
// date). Written as the owner, inside the demo seed's transaction.

const DAY = 86_400_000;

/** The track's steps, in order. The guide key is one of Kring's built-in guides (lib/conversations/core). */
export const demoTrackSteps = [
  {
    kind: "reading",
    dueWeek: 1,
    title: { nl: "Lees: wat is intervisie?", en: "Read: what is co-development?" },
    url: "https://nl.wikipedia.org/wiki/Intervisie",
  },
  { kind: "session", dueWeek: 2, title: { nl: "Je eerste intervisiesessie", en: "Your first co-development session" } },
  { kind: "reflection", dueWeek: 3, title: { nl: "Wat neem je mee uit je eerste sessie?", en: "What do you take away from your first session?" } },
  {
    kind: "conversation",
    dueWeek: 6,
    guideKey: "oneOnOne",
    title: { nl: "Voer een 1-op-1 met een teamlid over wat je leert", en: "Hold a one-on-one with a team member about what you are learning" },
  },
  { kind: "session", dueWeek: 8, title: { nl: "Je tweede intervisiesessie", en: "Your second co-development session" } },
  {
    kind: "reading",
    dueWeek: 10,
    title: { nl: "Lees: actief luisteren", en: "Read: active listening" },
    url: "https://en.wikipedia.org/wiki/Active_listening",
  },
  { kind: "reflection", dueWeek: 13, title: { nl: "Wat doe je nu anders als leidinggevende?", en: "What do you do differently as a manager now?" } },
] as const;

const reflections = [
  "Ik merk dat ik in gesprekken sneller met een oplossing kom dan ik wil. Volgende keer eerst twee vragen stellen.",
  "Fijn om te horen dat anderen met hetzelfde worstelen. Ik ga mijn team vaker vragen wat zij nodig hebben.",
  "De vraag van de inbrenger werd scherper door het doorvragen. Dat wil ik zelf ook leren.",
];

/** Adds the track; does nothing when the organisation has no running co-development programme. */
export async function seedDemoTrack(db: Executor, organizationId: string): Promise<{ programmeId: string } | null> {
  const [programme] = await db
    .select({ id: programmes.id })
    .from(programmes)
    .where(and(eq(programmes.organizationId, organizationId), eq(programmes.kind, "codevelopment"), eq(programmes.status, "running")))
    .orderBy(asc(programmes.createdAt))
    .limit(1);
  if (!programme) return null;
  const [first] = await db
    .select({ startsAt: sql<Date>`min(${meetings.startsAt})` })
    .from(meetings)
    .innerJoin(meetingSeries, and(eq(meetingSeries.id, meetings.seriesId), eq(meetingSeries.ownerType, "group")))
    .innerJoin(codevGroups, and(eq(codevGroups.id, meetingSeries.ownerId), eq(codevGroups.programmeId, programme.id)));
  if (!first?.startsAt) return null;
  const startsOn = new Date(new Date(first.startsAt).getTime() - 7 * DAY).toISOString().slice(0, 10);
  const [track] = await db.insert(learningTracks).values({ organizationId, programmeId: programme.id, startsOn }).returning({ id: learningTracks.id });
  const steps = await db
    .insert(learningTrackSteps)
    .values(
      demoTrackSteps.map((step, i) => ({
        organizationId,
        trackId: track.id,
        position: i + 1,
        kind: step.kind,
        title: step.title,
        dueWeek: step.dueWeek,
        guideKey: "guideKey" in step ? step.guideKey : null,
        url: "url" in step ? step.url : null,
      })),
    )
    .returning({ id: learningTrackSteps.id, position: learningTrackSteps.position });
  const stepAt = (position: number) => steps.find((s) => s.position === position)!.id;
  const participants = await db
    .select({ membershipId: enrolments.membershipId })
    .from(enrolments)
    .where(and(eq(enrolments.organizationId, organizationId), eq(enrolments.programmeId, programme.id), eq(enrolments.status, "active"), eq(enrolments.role, "participant")))
    .orderBy(enrolments.membershipId);
  const random = createRandom(12_2026);
  const startMs = new Date(`${startsOn}T09:00:00Z`).getTime();
  const completions: (typeof learningTrackCompletions.$inferInsert)[] = [];
  const written: (typeof learningTrackReflections.$inferInsert)[] = [];
  for (const { membershipId } of participants) {
    const done = (position: number, afterDays: number) => completions.push({ organizationId, stepId: stepAt(position), membershipId, doneAt: new Date(startMs + afterDays * DAY) });
    if (random() < 0.85) done(1, 2 + Math.floor(random() * 5));
    if (random() < 0.6) {
      const at = new Date(startMs + (17 + Math.floor(random() * 4)) * DAY);
      done(3, 17);
      written.push({ organizationId, stepId: stepAt(3), membershipId, body: reflections[Math.floor(random() * reflections.length)], createdAt: at, updatedAt: at });
    }
    if (random() < 0.35) done(4, 30 + Math.floor(random() * 10));
  }
  if (completions.length > 0) await db.insert(learningTrackCompletions).values(completions);
  if (written.length > 0) await db.insert(learningTrackReflections).values(written);
  return { programmeId: programme.id };
}
