import "server-only";
import { and, asc, desc, eq, ilike, inArray, ne } from "drizzle-orm";
import { enrolments, memberships, organizations, programmes, type LocalizedText, type Topic } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { profileCompleteness, type FieldKey } from "@/lib/profiles/completeness";
import { readMenteeAnswers, readMentorAnswers, type MenteeAnswers, type MentorAnswers } from "./schemas";
import { readMentoringSettings } from "@/lib/mentoring/core/settings";
import { isSignupOpen } from "./window";

/** The profile fields that matching compares; the others (manager, topics) are asked for in the form. */
export const matchingProfileFields = ["languages", "timeZone", "seniority", "availability", "department"] as const satisfies readonly FieldKey[];
/** Without these, matching cannot place a person at all, so enrolling waits for them. */
export const requiredProfileFields = ["languages", "timeZone"] as const satisfies readonly FieldKey[];

export type MemberPerson = { membershipId: string; name: string; department: string | null };

export type MyEnrolment =
  | { role: "mentee"; status: "active" | "withdrawn"; answers: MenteeAnswers; avoidPeople: MemberPerson[] }
  | { role: "mentor"; status: "active" | "withdrawn"; answers: MentorAnswers; capacity: number };

export type ProgrammeForMember = {
  id: string;
  kind: "mentoring" | "codevelopment";
  status: string;
  name: LocalizedText;
  description: LocalizedText;
  signupOpensAt: Date | null;
  signupClosesAt: Date | null;
  signupOpen: boolean;
  defaultCapacity: number;
  /** Days a mentor has to answer a request (shown to a mentee who chooses their own mentor). */
  responseDays: number;
  topics: Topic[];
  enrolment: MyEnrolment | null;
  profileGaps: FieldKey[];
};

/** A programme the member may see (not a draft), with their own enrolment and what their profile lacks. */
export async function getProgrammeForMember(scope: MemberScope, programmeId: string): Promise<ProgrammeForMember | null> {
  return withActor(scope, "programmes.view", async (tx) => {
    const [p] = await tx
      .select()
      .from(programmes)
      .where(and(eq(programmes.id, programmeId), eq(programmes.organizationId, scope.organizationId), ne(programmes.status, "draft")));
    if (!p) return null;
    const [[org], [me], mine] = await Promise.all([
      tx.select({ topics: organizations.topics }).from(organizations).where(eq(organizations.id, scope.organizationId)),
      tx.select().from(memberships).where(and(eq(memberships.id, scope.actorMembershipId), eq(memberships.organizationId, scope.organizationId))),
      // The active enrolment first; otherwise the latest withdrawn one, so the member sees what they left.
      tx
        .select()
        .from(enrolments)
        .where(and(eq(enrolments.programmeId, programmeId), eq(enrolments.organizationId, scope.organizationId), eq(enrolments.membershipId, scope.actorMembershipId)))
        .orderBy(asc(enrolments.status), desc(enrolments.updatedAt))
        .limit(1),
    ]);
    const gaps = me ? profileCompleteness(me).missing : [...matchingProfileFields];
    let enrolment: MyEnrolment | null = null;
    const row = mine[0];
    if (row?.role === "mentee") {
      const answers = readMenteeAnswers(row.answers);
      const avoidPeople = answers.avoid.length === 0 ? [] : await tx
        .select({ membershipId: memberships.id, name: memberships.name, department: memberships.department })
        .from(memberships)
        .where(and(inArray(memberships.id, answers.avoid), eq(memberships.organizationId, scope.organizationId)));
      enrolment = { role: "mentee", status: row.status, answers, avoidPeople };
    } else if (row?.role === "mentor") {
      enrolment = { role: "mentor", status: row.status, answers: readMentorAnswers(row.answers), capacity: row.capacity ?? 1 };
    }
    return {
      id: p.id,
      kind: p.kind,
      status: p.status,
      name: p.name,
      description: p.description,
      signupOpensAt: p.signupOpensAt,
      signupClosesAt: p.signupClosesAt,
      signupOpen: isSignupOpen({ status: p.status, opensAt: p.signupOpensAt, closesAt: p.signupClosesAt }, now()),
      defaultCapacity: readMentoringSettings(p.settings).defaultCapacity,
      responseDays: readMentoringSettings(p.settings).responseDays,
      topics: org?.topics ?? [],
      enrolment,
      profileGaps: matchingProfileFields.filter((f) => gaps.includes(f)),
    };
  });
}

function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A few active colleagues whose name matches, for the "rather not matched with" picker; never oneself. */
export async function searchAvoidCandidates(scope: MemberScope, query: string): Promise<MemberPerson[]> {
  const text = query.trim().slice(0, 100);
  if (text.length < 2) return [];
  return withActor(scope, "programmes.view", (tx) =>
    tx
      .select({ membershipId: memberships.id, name: memberships.name, department: memberships.department })
      .from(memberships)
      .where(
        and(
          eq(memberships.organizationId, scope.organizationId),
          eq(memberships.status, "active"),
          ne(memberships.id, scope.actorMembershipId),
          ilike(memberships.name, containsPattern(text)),
        ),
      )
      .orderBy(asc(memberships.name), asc(memberships.id))
      .limit(8),
  );
}
