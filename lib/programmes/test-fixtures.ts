import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, organizations, programmes } from "@/db/schema";
import { createTestOrganization, type TestOrganization, type TestPerson } from "@/lib/members/test-helpers";
import type { ProgrammeKind } from "./kind";

// Test data for the programme integration tests: organisations of their own, written as the owner
// (outside row-level security), so that these files run beside others on one database.

export const programmeTopics = [
  { slug: "coaching", label: { nl: "Coachen", en: "Coaching" } },
  { slug: "strategy", label: { nl: "Strategie", en: "Strategy" } },
];

export type ProgrammeWorld = { org: TestOrganization; admin: TestPerson; member: TestPerson; colleague: TestPerson; otherOrg: TestOrganization; stranger: TestPerson };

export async function createProgrammeWorld(): Promise<ProgrammeWorld> {
  const org = await createTestOrganization("Programmes");
  const otherOrg = await createTestOrganization("Elsewhere");
  for (const id of [org.organizationId, otherOrg.organizationId]) {
    await getDb().update(organizations).set({ topics: programmeTopics, timeZone: "Europe/Amsterdam" }).where(eq(organizations.id, id));
  }
  const member = await org.addPerson("member", "member");
  const colleague = await org.addPerson("member", "colleague");
  const stranger = await otherOrg.addPerson("member", "stranger");
  await getDb()
    .update(memberships)
    .set({ languages: ["nl", "en"], timeZone: "Europe/Amsterdam" })
    .where(sql`${memberships.organizationId} in (${org.organizationId}, ${otherOrg.organizationId})`);
  return { org, admin: org.admin, member, colleague, otherOrg, stranger };
}

/** A programme in the given status, written directly (for the enrolment tests), with the kind's settings as given. */
export async function insertProgramme(
  organizationId: string,
  status: "draft" | "open" | "matching",
  window: "open" | "past" = "open",
  kind: ProgrammeKind = "mentoring",
  settings: Record<string, unknown> = {},
) {
  const day = 86_400_000;
  const t = Date.now();
  const [row] = await getDb()
    .insert(programmes)
    .values({
      organizationId,
      kind,
      status,
      name: { nl: "P", en: "P" },
      description: { nl: "D", en: "D" },
      signupOpensAt: new Date(window === "open" ? t - day : t - 10 * day),
      signupClosesAt: new Date(window === "open" ? t + 7 * day : t - day),
      settings,
    })
    .returning({ id: programmes.id });
  return row.id;
}
