import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { codevGroupMembers, codevGroups, enrolments, memberships, organizations, type Programme } from "@/db/schema";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/config";
import type { GroupParticipant, GroupsProblem } from "@/lib/matching";
import { readCodevSettings, type CodevSettings } from "@/lib/codevelopment/core/settings";
import { buildGroupsProblem, type FormationProfile } from "@/lib/codevelopment/core/formation-problem";
import type { FacilitatorPerson, RuleGroup } from "@/lib/codevelopment/core/formation-rules";
import { lockProgramme } from "@/lib/programmes/lock";

/** The first sessions start at least this long after publishing. */
export const FIRST_SESSION_NOTICE_MS = 7 * 86_400_000;

/** The programme, checked to be this organisation's co-development programme; locked so that changes run one at a time. */
export async function lockCodevProgramme(tx: Tx, organizationId: string, programmeId: string): Promise<Programme> {
  const programme = await lockProgramme(tx, { organizationId }, programmeId, { mode: "update" });
  if (programme.kind !== "codevelopment") throw new AppError("invalid", { message: "codevGroups.errors.notCodevelopment" });
  return programme;
}

export type FacilitatorOption = FacilitatorPerson & { name: string };

export type Formation = {
  programme: Programme;
  settings: CodevSettings;
  organization: { timeZone: string; name: string; defaultLocale: AppLocale };
  problem: GroupsProblem;
  participants: ReadonlyMap<string, GroupParticipant & { name: string }>;
  facilitators: ReadonlyMap<string, FacilitatorOption>;
};

const profileColumns = {
  membershipId: memberships.id,
  name: memberships.name,
  department: memberships.department,
  managerMembershipId: memberships.managerMembershipId,
  languages: memberships.languages,
  timeZone: memberships.timeZone,
  availability: memberships.availability,
  answers: enrolments.answers,
  role: enrolments.role,
};

/**
 * The programme's active participants as the engine sees them (slots in the organisation's zone, for the
 * week the first sessions would fall in) and its active volunteer facilitators.
 */
export async function loadFormation(tx: Tx, organizationId: string, programme: Programme): Promise<Formation> {
  const settings = readCodevSettings(programme.settings);
  const [organization] = await tx.select({ timeZone: organizations.timeZone, name: organizations.name, defaultLocale: organizations.defaultLocale }).from(organizations).where(eq(organizations.id, organizationId));
  const rows = await tx
    .select(profileColumns)
    .from(enrolments)
    .innerJoin(memberships, and(eq(memberships.id, enrolments.membershipId), eq(memberships.organizationId, organizationId)))
    .where(
      and(
        eq(enrolments.organizationId, organizationId),
        eq(enrolments.programmeId, programme.id),
        eq(enrolments.status, "active"),
        eq(memberships.status, "active"),
        inArray(enrolments.role, ["participant", "facilitator"]),
      ),
    )
    .orderBy(asc(memberships.name), asc(memberships.id));
  const profiles: FormationProfile[] = rows.filter((row) => row.role === "participant");
  const problem = buildGroupsProblem({ profiles, settings, organizationTimeZone: organization.timeZone, at: new Date(now().getTime() + FIRST_SESSION_NOTICE_MS) });
  const names = new Map(profiles.map((profile) => [profile.membershipId, profile.name]));
  const participants = new Map(problem.participants.map((participant) => [participant.id, { ...participant, name: names.get(participant.id) ?? "" }]));
  const facilitators = new Map(
    rows.filter((row) => row.role === "facilitator").map((row) => [row.membershipId, { id: row.membershipId, manager: row.managerMembershipId, name: row.name }]),
  );
  return { programme, settings, organization, problem, participants, facilitators };
}

export type StoredGroup = {
  id: string;
  number: number;
  status: "proposed" | "published" | "closed";
  language: string;
  slot: string;
  seriesId: string | null;
  publishedAt: Date | null;
  participantIds: string[];
  facilitatorId: string | null;
};

/** The programme's groups in these states, by number, with who is in them. */
export async function readGroups(tx: Tx, organizationId: string, programmeId: string, statuses: StoredGroup["status"][]): Promise<StoredGroup[]> {
  const groups = await tx
    .select()
    .from(codevGroups)
    .where(and(eq(codevGroups.organizationId, organizationId), eq(codevGroups.programmeId, programmeId), inArray(codevGroups.status, statuses)))
    .orderBy(asc(codevGroups.number));
  if (groups.length === 0) return [];
  const members = await tx
    .select({ groupId: codevGroupMembers.groupId, membershipId: codevGroupMembers.membershipId, role: codevGroupMembers.role })
    .from(codevGroupMembers)
    .where(and(eq(codevGroupMembers.organizationId, organizationId), inArray(codevGroupMembers.groupId, groups.map((group) => group.id))));
  return groups.map((group) => {
    const own = members.filter((member) => member.groupId === group.id);
    return {
      id: group.id,
      number: group.number,
      status: group.status,
      language: group.language,
      slot: group.slot,
      seriesId: group.seriesId,
      publishedAt: group.publishedAt,
      participantIds: own.filter((member) => member.role === "participant").map((member) => member.membershipId),
      facilitatorId: own.find((member) => member.role === "facilitator")?.membershipId ?? null,
    };
  });
}

/**
 * A stored group in the rules' terms. A member who is no longer an active participant has no profile
 * here; they are kept with no language or slot, so that every rule check on the group fails loudly.
 */
export function ruleGroupOf(group: StoredGroup, formation: Formation): RuleGroup {
  const members = group.participantIds.map((id) => formation.participants.get(id) ?? { id, department: "", manager: null, languages: [], slots: [], name: "" });
  const facilitator = group.facilitatorId ? (formation.facilitators.get(group.facilitatorId) ?? { id: group.facilitatorId, manager: null }) : null;
  return { number: group.number, language: group.language, slot: group.slot, members, facilitator };
}
