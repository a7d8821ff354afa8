import { randomBytes } from "node:crypto";
import { getDb } from "@/db/client";
import { enrolments, memberships, organizations, programmes, users, type MembershipRole } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";

type Spec = { role?: MembershipRole; languages?: string[]; managerMembershipId?: string | null; locale?: "nl" | "en" };

/**
 * A mentoring programme with two mentors (capacity 1) and three mentees: x and y report to mentor A, z speaks
 * English only (so only mentor A fits z), plus a member, and an admin of another organisation.
 */
export async function createMentoringWorld() {
  const tag = randomBytes(5).toString("hex");
  const db = getDb();
  const [org] = await db.insert(organizations).values({ name: `Mentor ${tag}`, slug: `mentor-${tag}`, topics: [{ slug: "finance", label: { nl: "financiën", en: "finance" } }] }).returning();
  const [other] = await db.insert(organizations).values({ name: `Other ${tag}`, slug: `other-m-${tag}` }).returning();
  const add = async (key: string, spec: Spec = {}, organizationId = org.id) => {
    const email = `${key}-${tag}@example.test`;
    const [user] = await db.insert(users).values({ email, name: key, locale: spec.locale ?? null, currentOrganizationId: organizationId }).returning({ id: users.id });
    const [m] = await db
      .insert(memberships)
      .values({ organizationId, userId: user.id, email, name: `${key} ${tag}`, role: spec.role ?? "member", status: "active", languages: spec.languages ?? ["nl"], managerMembershipId: spec.managerMembershipId ?? null, topics: ["finance"], seniority: 3 })
      .returning({ id: memberships.id });
    const scope: MemberScope = { organizationId, actorMembershipId: m.id, userId: user.id };
    return { membershipId: m.id, userId: user.id, email, scope };
  };
  const admin = await add("admin", { role: "admin" });
  const member = await add("member");
  const outsider = await add("outsider", { role: "admin" }, other.id);
  const mentorA = await add("mentorA", { languages: ["nl", "en"], locale: "en" });
  const mentorB = await add("mentorB", { locale: "nl" });
  const x = await add("x", { managerMembershipId: mentorA.membershipId });
  const y = await add("y", { managerMembershipId: mentorA.membershipId });
  const z = await add("z", { languages: ["en"] });
  const [programme] = await db
    .insert(programmes)
    .values({ organizationId: org.id, kind: "mentoring", status: "matching", name: { nl: "Mentoraat", en: "Mentoring" }, description: { nl: "", en: "" }, settings: { defaultCapacity: 1, responseDays: 5 } })
    .returning();
  const enrol = async (person: { membershipId: string }, role: "mentor" | "mentee", answers: Record<string, unknown> = {}) =>
    (await db.insert(enrolments).values({ organizationId: org.id, programmeId: programme.id, membershipId: person.membershipId, role, answers }).returning({ id: enrolments.id }))[0].id;
  const enrolment = {
    mentorA: await enrol(mentorA, "mentor"),
    mentorB: await enrol(mentorB, "mentor"),
    x: await enrol(x, "mentee", { goals: "Grow into a team lead" }),
    y: await enrol(y, "mentee"),
    z: await enrol(z, "mentee"),
  };
  return { organizationId: org.id, programmeId: programme.id, admin, member, outsider, mentorA, mentorB, mentees: { x, y, z }, enrolment };
}

export type MentoringWorld = Awaited<ReturnType<typeof createMentoringWorld>>;
