import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { emailMessages, enrolments, matchCheckIns, matchNotes, matches, meetingSeries, memberships, mentorLoads, mentoringGoals, organizations, programmes, users, type MembershipRole } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { allSlotKeys } from "@/lib/profiles/availability";
import { acceptMatch } from "../respond";

export type PairTestPerson = { membershipId: string; userId: string; email: string; name: string; scope: MemberScope };

type PersonSpec = { role?: MembershipRole; locale?: "nl" | "en" | null; availability?: string[]; timeZone?: string | null; organizationId?: string };

/** Every hour of the weekly grid: such people can meet at any office hour. */
export const ALWAYS = [...allSlotKeys];

/**
 * A Dutch organisation (Amsterdam) with a mentoring programme, its admin and a plain member, and an admin
 * of another organisation; `makePair` adds a mentor and a mentee whose match the mentor accepted for real.
 */
export async function createPairWorld() {
  const tag = randomBytes(5).toString("hex");
  const db = getDb();
  const [org] = await db
    .insert(organizations)
    .values({ name: `Pair ${tag}`, slug: `pair-${tag}`, defaultLocale: "nl", timeZone: "Europe/Amsterdam", topics: [{ slug: "finance", label: { nl: "financiën", en: "finance" } }] })
    .returning();
  const [other] = await db.insert(organizations).values({ name: `Other ${tag}`, slug: `other-p-${tag}` }).returning();
  let count = 0;
  const add = async (key: string, spec: PersonSpec = {}): Promise<PairTestPerson> => {
    const organizationId = spec.organizationId ?? org.id;
    const email = `${key}-${(count += 1)}-${tag}@example.test`;
    const name = `${key} ${tag}`;
    const [user] = await db.insert(users).values({ email, name, locale: spec.locale ?? null, currentOrganizationId: organizationId }).returning({ id: users.id });
    const [m] = await db
      .insert(memberships)
      .values({ organizationId, userId: user.id, email, name, role: spec.role ?? "member", status: "active", topics: ["finance"], languages: ["nl", "en"], department: "Finance", availability: spec.availability ?? ALWAYS, timeZone: spec.timeZone ?? null })
      .returning({ id: memberships.id });
    return { membershipId: m.id, userId: user.id, email, name, scope: { organizationId, actorMembershipId: m.id, userId: user.id } };
  };
  const [programme] = await db
    .insert(programmes)
    .values({ organizationId: org.id, kind: "mentoring", status: "running", name: { nl: "Mentoraat", en: "Mentoring" }, description: { nl: "", en: "" }, settings: { defaultCapacity: 2, responseDays: 5 } })
    .returning();
  const admin = await add("admin", { role: "admin", locale: "en" });
  const member = await add("member");
  const outsider = await add("outsider", { role: "admin", organizationId: other.id });

  /** A mentor and a mentee, enrolled and matched; the mentor accepts through acceptMatch (load row and all). */
  const makePair = async (spec: { mentor?: PersonSpec; mentee?: PersonSpec } = {}) => {
    const mentor = await add("mentor", { locale: "en", ...spec.mentor });
    const mentee = await add("mentee", { locale: "nl", ...spec.mentee });
    const enrol = async (who: PairTestPerson, role: "mentor" | "mentee") =>
      (await db.insert(enrolments).values({ organizationId: org.id, programmeId: programme.id, membershipId: who.membershipId, role, capacity: role === "mentor" ? 2 : null }).returning({ id: enrolments.id }))[0].id;
    const mentorEnrolmentId = await enrol(mentor, "mentor");
    const menteeEnrolmentId = await enrol(mentee, "mentee");
    const [match] = await db
      .insert(matches)
      .values({ organizationId: org.id, programmeId: programme.id, runId: null, mentorEnrolmentId, menteeEnrolmentId, score: 0.8, status: "requested" })
      .returning({ id: matches.id });
    await acceptMatch(mentor.scope, match.id);
    return { matchId: match.id, mentor, mentee, mentorEnrolmentId };
  };
  return { organizationId: org.id, otherOrganizationId: other.id, programmeId: programme.id, admin, member, outsider, add, makePair };
}

export type PairWorld = Awaited<ReturnType<typeof createPairWorld>>;
export type TestPair = Awaited<ReturnType<PairWorld["makePair"]>>;

/** Everything a pair's action could change, as one comparable value (emails of the whole organisation). */
export async function pairSnapshot(organizationId: string, matchId: string, mentorEnrolmentId: string): Promise<string> {
  const db = getDb();
  const parts = [
    await db.select().from(matches).where(eq(matches.id, matchId)),
    await db.select().from(mentoringGoals).where(eq(mentoringGoals.matchId, matchId)).orderBy(mentoringGoals.id),
    await db.select().from(matchNotes).where(eq(matchNotes.matchId, matchId)).orderBy(matchNotes.id),
    await db.select().from(matchCheckIns).where(eq(matchCheckIns.matchId, matchId)).orderBy(matchCheckIns.id),
    await db.select().from(meetingSeries).where(and(eq(meetingSeries.ownerType, "match"), eq(meetingSeries.ownerId, matchId))),
    await db.select().from(mentorLoads).where(eq(mentorLoads.mentorEnrolmentId, mentorEnrolmentId)),
    await db.select({ id: emailMessages.id }).from(emailMessages).where(eq(emailMessages.organizationId, organizationId)).orderBy(emailMessages.id),
  ];
  return JSON.stringify(parts);
}
