import "server-only";
import { and, eq, inArray, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Tx } from "@/db/client";
import { enrolments, matches, memberships, organizations, programmes, users, type LocalizedText, type Topic } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { isLocale, type AppLocale } from "@/lib/i18n/config";
import { enrolmentTopics } from "@/lib/mentoring/core/topics";
import { isUuid } from "@/lib/validation/uuid";

/** One of the two people of a pair, with what the pair's space shows and what its emails need. */
export type PairPerson = {
  membershipId: string;
  role: "mentor" | "mentee";
  name: string;
  email: string;
  jobTitle: string | null;
  department: string | null;
  topics: string[];
  languages: string[];
  availability: string[];
  /** Their own zone, else the organisation's. */
  timeZone: string;
  /** Their own language, else the organisation's default. */
  locale: AppLocale;
  /** Still a member of the organisation; a removed member gets no more emails of the pair. */
  active: boolean;
};

export type Pair = {
  matchId: string;
  organizationId: string;
  organizationName: string;
  organizationTopics: Topic[];
  /** The organisation's zone: the clock whose whole hours are the pair's candidate times. */
  organizationTimeZone: string;
  programmeId: string;
  programmeName: LocalizedText;
  mentorEnrolmentId: string;
  status: "accepted" | "ended";
  endedAt: Date | null;
  mentor: PairPerson;
  mentee: PairPerson;
  /** The actor and the other person of the pair. */
  me: PairPerson;
  other: PairPerson;
};

/** "update" serialises with the change that ends the pair; "share" lets writes of the pair run side by side. */
export type PairLock = "update" | "share";

const pairStatuses = ["accepted", "ended"] as const;

/**
 * The pair, only when the actor is one of its two people in this organisation and the match is accepted or
 * ended. Anyone else — another member, an admin outside the pair, someone of another organisation — gets
 * not_found, so that a guessed id confirms nothing (SECURITY.md rules 2 and 16).
 */
export async function loadPair(tx: Tx, scope: MemberScope, matchId: string, lock?: PairLock): Promise<Pair> {
  if (!isUuid(matchId)) throw new AppError("not_found");
  const { organizationId, actorMembershipId } = scope;
  const mentorEnrolment = alias(enrolments, "mentor_enrolment");
  const menteeEnrolment = alias(enrolments, "mentee_enrolment");
  const query = tx
    .select({ match: matches, programmeName: programmes.name, organizationName: organizations.name, organizationTopics: organizations.topics, organizationTimeZone: organizations.timeZone, mentorMembershipId: mentorEnrolment.membershipId, menteeMembershipId: menteeEnrolment.membershipId, mentorAnswers: mentorEnrolment.answers, menteeAnswers: menteeEnrolment.answers })
    .from(matches)
    .innerJoin(organizations, eq(organizations.id, matches.organizationId))
    .innerJoin(programmes, and(eq(programmes.id, matches.programmeId), eq(programmes.organizationId, organizationId)))
    .innerJoin(mentorEnrolment, and(eq(mentorEnrolment.id, matches.mentorEnrolmentId), eq(mentorEnrolment.organizationId, organizationId)))
    .innerJoin(menteeEnrolment, and(eq(menteeEnrolment.id, matches.menteeEnrolmentId), eq(menteeEnrolment.organizationId, organizationId)))
    .where(
      and(
        eq(matches.id, matchId),
        eq(matches.organizationId, organizationId),
        inArray(matches.status, [...pairStatuses]),
        or(eq(mentorEnrolment.membershipId, actorMembershipId), eq(menteeEnrolment.membershipId, actorMembershipId)),
      ),
    )
    .limit(1);
  const [row] = lock ? await query.for(lock, { of: matches }) : await query;
  if (!row) throw new AppError("not_found");
  const people = await readPeople(tx, organizationId, [row.mentorMembershipId, row.menteeMembershipId]);
  const person = (membershipId: string, role: PairPerson["role"], answers: Record<string, unknown>) => {
    const found = people.find((p) => p.membershipId === membershipId);
    if (!found) throw new AppError("not_found");
    // The topics chosen at enrolment where given, as the explanation and the request email show them.
    return { ...found, topics: enrolmentTopics(answers, found.topics), role };
  };
  const mentor = person(row.mentorMembershipId, "mentor", row.mentorAnswers);
  const mentee = person(row.menteeMembershipId, "mentee", row.menteeAnswers);
  const actorIsMentor = mentor.membershipId === actorMembershipId;
  return {
    matchId: row.match.id,
    organizationId,
    organizationName: row.organizationName,
    organizationTopics: row.organizationTopics,
    organizationTimeZone: row.organizationTimeZone,
    programmeId: row.match.programmeId,
    programmeName: row.programmeName,
    mentorEnrolmentId: row.match.mentorEnrolmentId,
    status: row.match.status as Pair["status"],
    endedAt: row.match.endedAt,
    mentor,
    mentee,
    me: actorIsMentor ? mentor : mentee,
    other: actorIsMentor ? mentee : mentor,
  };
}

async function readPeople(tx: Tx, organizationId: string, membershipIds: string[]): Promise<Omit<PairPerson, "role">[]> {
  const rows = await tx
    .select({
      membershipId: memberships.id,
      name: memberships.name,
      email: memberships.email,
      jobTitle: memberships.jobTitle,
      department: memberships.department,
      topics: memberships.topics,
      languages: memberships.languages,
      availability: memberships.availability,
      status: memberships.status,
      memberTimeZone: memberships.timeZone,
      userLocale: users.locale,
      organizationTimeZone: organizations.timeZone,
      organizationLocale: organizations.defaultLocale,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), inArray(memberships.id, membershipIds)));
  return rows.map(({ memberTimeZone, userLocale, organizationTimeZone, organizationLocale, status, ...rest }) => ({
    ...rest,
    active: status === "active",
    timeZone: memberTimeZone ?? organizationTimeZone,
    locale: isLocale(userLocale) ? userLocale : organizationLocale,
  }));
}

/**
 * Runs `fn` in one tenant transaction for a member of the pair: the actor is re-read (active, in this
 * organisation) by withActor, then the pair is loaded with the pair check in its WHERE clause.
 */
export async function withPair<T>(scope: MemberScope, matchId: string, fn: (tx: Tx, pair: Pair) => Promise<T>, lock?: PairLock): Promise<T> {
  return withActor(scope, "matches.respond", async (tx) => fn(tx, await loadPair(tx, scope, matchId, lock)));
}

/** Writes to the pair's goals, notes and fit check stop once the mentorship has ended. */
export function assertOngoing(pair: Pair): void {
  if (pair.status !== "accepted") throw new AppError("conflict", { message: "pair.errors.ended" });
}
