import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { matches, mentoringGoals, type GoalStatus } from "@/db/schema";
import { closeProducer } from "@/lib/jobs/boss";
import { renderedEmails } from "@/lib/scheduling/test-fixtures";
import { remindDueGoals } from "./goal-due";
import { createPairWorld, type PairWorld, type TestPair } from "./test-fixtures";

// The sweep reads every organisation, so these goals live in 2001, where no other test puts any: the counts
// it returns are then this file's alone.
const AT = new Date("2001-06-10T22:30:00Z");

let world: PairWorld;
let pair: TestPair;
const db = () => getDb();

async function addGoal(matchId: string, dueDate: string, status: GoalStatus = "onTrack", specific = "Confidential goal text") {
  const [row] = await db()
    .insert(mentoringGoals)
    .values({ organizationId: world.organizationId, matchId, specific, measurable: "m", achievable: "a", relevant: "r", dueDate, status })
    .returning({ id: mentoringGoals.id });
  return row.id;
}

const goalDueEmails = async (goalIds: string[]) => (await renderedEmails(world.organizationId, "goal-due")).filter((e) => goalIds.some((id) => e.idempotencyKey.startsWith(`goal-due:${id}:`)));
const remindedFor = async (ids: string[]) =>
  Object.fromEntries((await db().select({ id: mentoringGoals.id, d: mentoringGoals.dueRemindedFor }).from(mentoringGoals).where(inArray(mentoringGoals.id, ids))).map((r) => [r.id, r.d]));

beforeAll(async () => {
  world = await createPairWorld();
  pair = await world.makePair();
});
afterAll(async () => {
  await closeProducer();
  await closeDb();
});

describe("remindDueGoals", () => {
  it("reminds both people once per due date of open goals of accepted pairs due within three days", async () => {
    const soon = await addGoal(pair.matchId, "2001-06-12");
    const overdue = await addGoal(pair.matchId, "2001-06-01", "notStarted");
    const later = await addGoal(pair.matchId, "2001-06-20");
    const done = await addGoal(pair.matchId, "2001-06-11", "done");
    const dropped = await addGoal(pair.matchId, "2001-06-11", "dropped");
    const endedPair = await world.makePair();
    await db().update(matches).set({ status: "ended" }).where(eq(matches.id, endedPair.matchId));
    const ofEnded = await addGoal(endedPair.matchId, "2001-06-11");

    expect(await remindDueGoals(AT)).toBe(2);
    expect(await remindedFor([soon, overdue, later, done, dropped, ofEnded])).toEqual({ [soon]: "2001-06-12", [overdue]: "2001-06-01", [later]: null, [done]: null, [dropped]: null, [ofEnded]: null });

    const emails = await goalDueEmails([soon, overdue, later, done, dropped, ofEnded]);
    expect(emails).toHaveLength(4);
    const forSoon = emails.filter((e) => e.idempotencyKey.startsWith(`goal-due:${soon}:`));
    expect(forSoon.map((e) => [e.to, e.locale]).sort()).toEqual([[pair.mentee.email, "nl"], [pair.mentor.email, "en"]].sort());
    expect(forSoon.find((e) => e.locale === "nl")!.subject).toBe("Een doel loopt af op 12 juni 2001");
    expect(forSoon.find((e) => e.locale === "en")!.subject).toBe("A goal is due on June 12, 2001");
    expect(forSoon.find((e) => e.locale === "en")!.text).toContain(pair.mentee.name);
    for (const email of emails) {
      expect(email.text).toContain(`/matches/${pair.matchId}`);
      expect(email.html + email.text).not.toContain("Confidential goal text");
    }

    // Once per due date: a second sweep writes nothing; a moved date is reminded again.
    expect(await remindDueGoals(AT)).toBe(0);
    await db().update(mentoringGoals).set({ dueDate: "2001-06-13" }).where(eq(mentoringGoals.id, soon));
    expect(await remindDueGoals(AT)).toBe(1);
    expect(await remindedFor([soon])).toEqual({ [soon]: "2001-06-13" });
    expect(await goalDueEmails([soon])).toHaveLength(4);
    expect(await remindDueGoals(AT)).toBe(0);
  });

  it("reminds once when two sweeps run at the same time", async () => {
    const goal = await addGoal(pair.matchId, "2001-06-11", "atRisk");
    const counts = await Promise.all([remindDueGoals(AT), remindDueGoals(AT), remindDueGoals(AT)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await goalDueEmails([goal])).toHaveLength(2);
  });

  it("loads outside Next.js, where the job worker runs it", async () => {
    const root = process.cwd();
    const script = 'import("@/lib/mentoring/pair/goal-due").then((m) => console.log(typeof (m.remindDueGoals ?? m.default?.remindDueGoals)))';
    const { stdout, stderr } = await promisify(execFile)(path.join(root, "node_modules/.bin/tsx"), ["-e", script], { cwd: root, timeout: 60_000 }).catch(
      (error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? "", stderr: error.stderr ?? String(error) }),
    );
    expect(stderr.split("\n").find((line) => /Error/.test(line)) ?? "").toBe("");
    expect(stdout.trim()).toBe("function");
  }, 60_000);
});
