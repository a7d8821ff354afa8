import { randomBytes } from "node:crypto";
import { getDb } from "@/db/client";
import { enrolments, memberships, organizations, programmes, users, type MembershipRole } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import type { FacilitatorMode } from "@/lib/codevelopment/core/settings";

type Spec = {
  role?: MembershipRole;
  department?: string | null;
  languages?: string[];
  availability?: string[];
  timeZone?: string | null;
  managerMembershipId?: string | null;
  locale?: "nl" | "en" | null;
};

export type GroupsPerson = { membershipId: string; userId: string; email: string; name: string; scope: MemberScope };

const MONDAY_MORNING = ["mon-09", "mon-10"];
const DEPARTMENTS = ["Finance", "HR", "IT"];

/**
 * A co-development programme (groups of 5 to 6, every 3 weeks, 120 minutes, Amsterdam) with:
 * - twelve participants p[0..11] who can all meet on Mondays 09:00–11:00 in Dutch (p[11] lives in London and
 *   lists 08:00–10:00 on their own clock), from three departments; p[1] reports to p[0], p[2] to facilitator f1;
 *   half of them read Kring in English;
 * - three who cannot be placed: `english` (English only, Fridays), `german` (no programme language) and
 *   `tuesday` (Dutch, but only on Tuesdays);
 * - two volunteer facilitators f1 and f2, an admin, a member who is not enrolled, and an admin of another
 *   organisation.
 */
export async function createGroupsWorld(options: { facilitatorMode?: FacilitatorMode } = {}) {
  const tag = randomBytes(5).toString("hex");
  const db = getDb();
  const [org] = await db.insert(organizations).values({ name: `Codev ${tag}`, slug: `codev-${tag}`, defaultLocale: "nl", timeZone: "Europe/Amsterdam" }).returning();
  const [other] = await db.insert(organizations).values({ name: `Other ${tag}`, slug: `other-cg-${tag}` }).returning();
  const add = async (key: string, spec: Spec = {}, organizationId = org.id): Promise<GroupsPerson> => {
    const email = `${key}-${tag}@example.test`;
    const name = `${key} ${tag}`;
    const [user] = await db.insert(users).values({ email, name, locale: spec.locale ?? null, currentOrganizationId: organizationId }).returning({ id: users.id });
    const [m] = await db
      .insert(memberships)
      .values({
        organizationId,
        userId: user.id,
        email,
        name,
        role: spec.role ?? "member",
        status: "active",
        department: spec.department ?? null,
        languages: spec.languages ?? ["nl"],
        availability: spec.availability ?? MONDAY_MORNING,
        timeZone: spec.timeZone === undefined ? "Europe/Amsterdam" : spec.timeZone,
        managerMembershipId: spec.managerMembershipId ?? null,
      })
      .returning({ id: memberships.id });
    return { membershipId: m.id, userId: user.id, email, name, scope: { organizationId, actorMembershipId: m.id, userId: user.id } };
  };
  const admin = await add("admin", { role: "admin" });
  const member = await add("member");
  const outsider = await add("outsider", { role: "admin" }, other.id);
  const f1 = await add("f1", { role: "facilitator", locale: "en", department: "HR" });
  const f2 = await add("f2", { role: "facilitator", locale: "nl", department: "HR" });
  const p: GroupsPerson[] = [];
  for (let i = 0; i < 12; i++) {
    const london = i === 11;
    p.push(
      await add(`p${String(i).padStart(2, "0")}`, {
        department: DEPARTMENTS[i % 3],
        languages: i % 4 === 0 ? ["nl", "en"] : ["nl"],
        locale: i % 2 === 0 ? "en" : "nl",
        managerMembershipId: i === 1 ? p[0].membershipId : i === 2 ? f1.membershipId : null,
        timeZone: london ? "Europe/London" : "Europe/Amsterdam",
        availability: london ? ["mon-08", "mon-09"] : MONDAY_MORNING,
      }),
    );
  }
  const english = await add("english", { languages: ["en"], availability: ["fri-15", "fri-16"], department: "IT" });
  const german = await add("german", { languages: ["de"], department: "IT" });
  const tuesday = await add("tuesday", { availability: ["tue-09", "tue-10"], department: "IT" });
  const [programme] = await db
    .insert(programmes)
    .values({
      organizationId: org.id,
      kind: "codevelopment",
      status: "matching",
      name: { nl: "Intervisie", en: "Co-development" },
      description: { nl: "", en: "" },
      settings: { groupSizeMin: 5, groupSizeMax: 6, cadenceWeeks: 3, sessionMinutes: 120, facilitatorMode: options.facilitatorMode ?? "perGroup", languages: ["nl", "en"] },
    })
    .returning();
  const enrol = (person: GroupsPerson, role: "participant" | "facilitator") =>
    db.insert(enrolments).values({ organizationId: org.id, programmeId: programme.id, membershipId: person.membershipId, role, answers: {} });
  for (const person of [...p, english, german, tuesday]) await enrol(person, "participant");
  for (const person of [f1, f2]) await enrol(person, "facilitator");
  return { organizationId: org.id, otherOrganizationId: other.id, programmeId: programme.id, admin, member, outsider, f1, f2, p, english, german, tuesday };
}

export type GroupsWorld = Awaited<ReturnType<typeof createGroupsWorld>>;
