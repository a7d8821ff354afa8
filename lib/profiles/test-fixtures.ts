import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, organizations, users, type Membership } from "@/db/schema";
import type { ProfileScope } from "./scope";
import type { ProfileUpdate } from "./update";

// Test data for the profile integration tests: two organisations with uniquely named rows, written as
// the owner (outside row-level security), so each test file can run beside others on one database.

export const fixtureTopics = [
  { slug: "coaching", label: { nl: "Coachen", en: "Coaching" } },
  { slug: "strategy", label: { nl: "Strategie", en: "Strategy" } },
];

type PersonKey = "me" | "boss" | "report" | "grandReport" | "peer" | "removed" | "x" | "y" | "other" | "meElsewhere";
export type ProfileWorld = { orgA: string; orgB: string; people: Record<PersonKey, Membership> };

export async function createProfileWorld(): Promise<ProfileWorld> {
  const tag = randomUUID().slice(0, 8);
  const db = getDb();
  const createOrg = async (name: string) =>
    (await db.insert(organizations).values({ name, slug: `${name}-${tag}`, topics: fixtureTopics }).returning())[0].id;
  const orgA = await createOrg("profile-a");
  const orgB = await createOrg("profile-b");
  const member = async (organizationId: string, name: string, extra: Partial<typeof memberships.$inferInsert> = {}, userId?: string) => {
    const uid = userId ?? (await db.insert(users).values({ email: `${name}-${tag}@example.test`, name }).returning())[0].id;
    const values = { organizationId, userId: uid, email: `${name}-${tag}@example.test`, name, status: "active" as const, languages: ["nl"], ...extra };
    return (await db.insert(memberships).values(values).returning())[0];
  };
  const me = await member(orgA, "me", { department: "Finance", timeZone: "Europe/Amsterdam" });
  const report = await member(orgA, "report", { managerMembershipId: me.id });
  const people = {
    me,
    report,
    boss: await member(orgA, "boss", { jobTitle: "Head of Finance" }),
    grandReport: await member(orgA, "grand-report", { managerMembershipId: report.id }),
    peer: await member(orgA, "peer 100% sure"),
    removed: await member(orgA, "removed", { status: "removed" }),
    x: await member(orgA, "x"),
    y: await member(orgA, "y"),
    other: await member(orgB, "other"),
    meElsewhere: await member(orgB, "me-elsewhere", { department: "Untouched" }, me.userId!),
  };
  return { orgA, orgB, people };
}

export const scopeOf = (m: Membership): ProfileScope => ({ organizationId: m.organizationId, membershipId: m.id, userId: m.userId! });

/** The membership as it stands, as an update; `change` overrides fields. */
export function inputFrom(m: Membership, change: Partial<ProfileUpdate> = {}): ProfileUpdate {
  return {
    name: m.name,
    jobTitle: m.jobTitle,
    department: m.department,
    managerMembershipId: m.managerMembershipId,
    seniority: m.seniority,
    languages: m.languages,
    timeZone: m.timeZone ?? "Europe/Amsterdam",
    topics: m.topics,
    bio: m.bio,
    availability: m.availability,
    ...change,
  };
}

export async function readRows(world: ProfileWorld): Promise<Map<string, Membership>> {
  const ids = Object.values(world.people).map((p) => p.id);
  const all = await getDb().select().from(memberships).where(inArray(memberships.id, ids));
  return new Map(all.map((m) => [m.id, m]));
}

export async function readRow(m: Membership): Promise<Membership> {
  return (await getDb().select().from(memberships).where(eq(memberships.id, m.id)))[0];
}
