import "server-only";
import { and, asc, desc, eq, ilike, inArray, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { enrolments, memberships } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { readMentoringSettings } from "@/lib/mentoring/core/settings";
import { profileCompleteness, type FieldKey } from "@/lib/profiles/completeness";
import { readMenteeAnswers, readMentorAnswers, type MenteeAnswers, type MentorAnswers } from "./programme-schemas";

// What a member sees of their own mentoring enrolment on a programme's page, and the "rather not matched
// with" picker. The programme's shared fields come from lib/programmes/member-view.ts;
// lib/registry/programme-kinds.ts puts the two together.

/** The profile fields that matching compares; the others (manager, topics) are asked for in the form. */
export const matchingProfileFields = ["languages", "timeZone", "seniority", "availability", "department"] as const satisfies readonly FieldKey[];
/** Without these, matching cannot place a person at all, so enrolling waits for them. */
export const requiredProfileFields = ["languages", "timeZone"] as const satisfies readonly FieldKey[];

export type MemberPerson = { membershipId: string; name: string; department: string | null };

export type MyEnrolment =
  | { role: "mentee"; status: "active" | "withdrawn"; answers: MenteeAnswers; avoidPeople: MemberPerson[] }
  | { role: "mentor"; status: "active" | "withdrawn"; answers: MentorAnswers; capacity: number };

export type MentoringMemberView = {
  defaultCapacity: number;
  /** Days a mentor has to answer a request (shown to a mentee who chooses their own mentor). */
  responseDays: number;
  enrolment: MyEnrolment | null;
  profileGaps: FieldKey[];
};

/** The member's own enrolment in the programme (the active one, else the latest withdrawn) and what their profile lacks. */
export async function readMentoringMemberView(tx: Tx, scope: MemberScope, programmeId: string, settings: Record<string, unknown>): Promise<MentoringMemberView> {
  const [[me], mine] = await Promise.all([
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
    defaultCapacity: readMentoringSettings(settings).defaultCapacity,
    responseDays: readMentoringSettings(settings).responseDays,
    enrolment,
    profileGaps: matchingProfileFields.filter((f) => gaps.includes(f)),
  };
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
