import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { memberships } from "@/db/schema";
import { getInsights } from "./get-insights";
import { createInsightsWorld, NOW, PERIOD, type InsightsWorld } from "./test-fixtures";
import type { NudgeKind } from "./types";

// The health list follows the page's filters like the figures do: a department narrows it to the pairs
// and groups someone of it is in (a department under five people is no filter), and the period's end
// leaves out what was formed after it. See test-fixtures.ts for the world's history.
let world: InsightsWorld;
beforeAll(async () => {
  world = await createInsightsWorld({ copies: 1 });
  // Five people of a department that is in no pair and no group.
  await getDb()
    .insert(memberships)
    .values(Array.from({ length: 5 }, (_, i) => ({ organizationId: world.organizationId, email: `ops-${i}-${world.marker}@example.test`.toLowerCase(), name: `Ops ${i}`, role: "member" as const, status: "active" as const, department: "Operations" })));
});
afterAll(() => closeDb());

async function totals(query: Record<string, string>): Promise<Record<NudgeKind, number>> {
  const data = await getInsights(world.admin.scope, query, { now: NOW });
  return Object.fromEntries(data.nudges.map((kind) => [kind.kind, kind.total])) as Record<NudgeKind, number>;
}

const everything = { pairWithoutSession: 1, caseNotReady: 1, requestExpiring: 1, lowAttendance: 1 };
const nothing = { pairWithoutSession: 0, caseNotReady: 0, requestExpiring: 0, lowAttendance: 0 };

describe("the health list's filters", () => {
  it("without a department or period end, lists every stalled item", async () => {
    expect(await totals({})).toEqual(everything);
  });

  it("a department lists only the pairs and groups that someone of it is in", async () => {
    expect(await totals({ ...PERIOD, department: "Operations" })).toEqual(nothing);
    expect(await totals({ ...PERIOD, department: "IT" })).toEqual(everything);
  });

  it("a department under five people is no filter, as for the figures", async () => {
    expect(await totals({ ...PERIOD, department: "Legal" })).toEqual(everything);
  });

  it("a period leaves out the pairs, requests and groups formed after its end", async () => {
    // The request B–E was made on 12 June; the pairs in January, the groups on 20 January.
    expect(await totals({ from: "2027-01-01", to: "2027-03-31" })).toEqual({ ...everything, requestExpiring: 0 });
    expect(await totals({ from: "2026-10-01", to: "2027-01-10" })).toEqual(nothing);
  });
});
