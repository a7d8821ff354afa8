import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { enrolments } from "@/db/schema";
import { seedHistory } from "@/db/seed-history";
import { demoTrackSteps, seedDemoTrack } from "@/db/seed-track";
import { builtInGuide } from "@/lib/conversations/core/built-in-guides";
import { closeProducer } from "@/lib/jobs/boss";
import { createTestOrganization } from "@/lib/members/test-helpers";
import { addStepSchema } from "./schemas";
import { listMyTracks } from "./participant";
import { sweepTracks } from "./sweep";

// The demo's learning track (db/seed-track.ts) as a participant of the demo meets it: on the running
// co-development programme, with progress (sessions attended count by themselves) and a next step; every
// step as the admin's form would accept it; and no pile of reminders on the first start.

let organizationId: string;
let programmeId: string;
const now = new Date();

beforeAll(async () => {
  const org = await createTestOrganization("Demo track");
  organizationId = org.organizationId;
  await seedHistory(getDb(), { organizationId, now, months: 6, extraPeople: 60, departments: ["Sociaal domein", "Ruimte"], emailDomain: `${org.tag}.example.test` });
  programmeId = (await seedDemoTrack(getDb(), organizationId))!.programmeId;
});

afterAll(async () => {
  await closeProducer();
  await closeDb();
});

describe("the demo's learning track", () => {
  it("has steps the admin's form accepts, with a built-in guide", () => {
    for (const step of demoTrackSteps) {
      const fields = { programmeId, kind: step.kind, "title.nl": step.title.nl, "title.en": step.title.en, dueWeek: String(step.dueWeek), guideKey: "guideKey" in step ? step.guideKey : "", url: "url" in step ? step.url : "" };
      expect(addStepSchema.safeParse(fields).success, step.title.en).toBe(true);
      if ("guideKey" in step) expect(builtInGuide(step.guideKey)).toBeDefined();
    }
  });

  it("shows its participants their progress and next step on the dashboard, sessions attended included", async () => {
    const people = await getDb()
      .select({ membershipId: enrolments.membershipId })
      .from(enrolments)
      .where(and(eq(enrolments.programmeId, programmeId), eq(enrolments.status, "active"), eq(enrolments.role, "participant")));
    expect(people.length).toBeGreaterThan(5);
    const summaries = await Promise.all(people.map(async (p) => (await listMyTracks({ organizationId, actorMembershipId: p.membershipId })).find((t) => t.programmeId === programmeId)!));
    expect(summaries.every((s) => s.total === demoTrackSteps.length)).toBe(true);
    expect(summaries.some((s) => s.done >= 3)).toBe(true);
    expect(summaries.filter((s) => s.next !== null).length).toBeGreaterThan(0);
  });

  it("sends no reminders when the demo starts", async () => {
    expect(await sweepTracks(now, { programmeId })).toEqual({ reminded: 0 });
  });
});
