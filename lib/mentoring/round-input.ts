// No "server-only": the worker reaches this through the mentoring sweep (lib/registry/job-handlers.ts).
import { and, eq, inArray, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { enrolments, matches, memberships, organizations, type Programme } from "@/db/schema";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { buildEngineInput, type EngineInput, type EnrolmentRow } from "@/lib/mentoring/core/engine-input";
import { readMentoringSettings, type MentoringSettings } from "@/lib/mentoring/core/criteria";
import { lockProgramme } from "@/lib/programmes/lock";

export type RoundInput = { programme: Programme; settings: MentoringSettings; input: EngineInput; organizationTimeZone: string };

/** The programme, checked to be this organisation's mentoring programme; locked so rounds run one at a time. */
export async function lockMentoringProgramme(tx: Tx, organizationId: string, programmeId: string): Promise<Programme> {
  const programme = await lockProgramme(tx, { organizationId }, programmeId, { mode: "update" });
  if (programme.kind !== "mentoring") throw new AppError("invalid", { message: "mentoring.errors.notMentoring" });
  return programme;
}

/**
 * Everything the engine needs for this programme's next round. Mentees who already have a requested or
 * accepted mentor stay out, and those matches use up their mentors' capacity; every pair that was ever
 * published in this programme counts as an earlier pair.
 */
export async function loadRoundInput(tx: Tx, organizationId: string, programme: Programme): Promise<RoundInput> {
  const settings = readMentoringSettings(programme.settings);
  const rows = await tx
    .select({ id: enrolments.id, membershipId: enrolments.membershipId, role: enrolments.role, answers: enrolments.answers, capacity: enrolments.capacity })
    .from(enrolments)
    .where(and(eq(enrolments.organizationId, organizationId), eq(enrolments.programmeId, programme.id), eq(enrolments.status, "active"), inArray(enrolments.role, ["mentor", "mentee"])));
  const published = await tx
    .select({ mentorEnrolmentId: matches.mentorEnrolmentId, menteeEnrolmentId: matches.menteeEnrolmentId, status: matches.status })
    .from(matches)
    .where(and(eq(matches.organizationId, organizationId), eq(matches.programmeId, programme.id), ne(matches.status, "proposed")));
  const live = published.filter((match) => match.status === "requested" || match.status === "accepted");
  const takenMentees = new Set(live.map((match) => match.menteeEnrolmentId));
  const load = new Map<string, number>();
  for (const match of live) load.set(match.mentorEnrolmentId, (load.get(match.mentorEnrolmentId) ?? 0) + 1);
  const enrolmentRows: EnrolmentRow[] = rows
    .filter((row) => !takenMentees.has(row.id))
    .map((row) => ({
      id: row.id,
      membershipId: row.membershipId,
      role: row.role === "mentor" ? "mentor" : "mentee",
      answers: row.answers,
      capacity: row.role === "mentor" ? Math.max(0, (row.capacity ?? settings.defaultCapacity) - (load.get(row.id) ?? 0)) : null,
    }));
  // The whole organisation's reporting lines, so that a manager's manager is known even when not enrolled.
  const profiles = await tx
    .select({
      id: memberships.id,
      department: memberships.department,
      managerMembershipId: memberships.managerMembershipId,
      seniority: memberships.seniority,
      languages: memberships.languages,
      timeZone: memberships.timeZone,
      topics: memberships.topics,
      availability: memberships.availability,
    })
    .from(memberships)
    .where(eq(memberships.organizationId, organizationId));
  const [organization] = await tx.select({ timeZone: organizations.timeZone }).from(organizations).where(eq(organizations.id, organizationId));
  const input = buildEngineInput({ enrolments: enrolmentRows, profiles, settings, earlierPairs: published, at: now(), defaultTimeZone: organization.timeZone });
  return { programme, settings, input, organizationTimeZone: organization.timeZone };
}
