import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { codevGroupMembers, meetingSeries, meetings, memberships, organizations, programmes, type LocalizedText, type MeetingStatus } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";
import { requireGroupAccess, type GroupRole } from "./access";
import { readCodevSettings, type CodevSettings } from "@/lib/codevelopment/core/settings";

/** One session of a group, as every co-development page and action sees it. */
export type GroupSessionInfo = {
  id: string;
  seriesId: string;
  startsAt: Date;
  durationMinutes: number;
  place: string | null;
  videoUrl: string | null;
  status: MeetingStatus;
  presenterMembershipId: string | null;
};

/** The actor inside one group session: what they may do there follows from their place in the group. */
export type GroupSession = {
  organizationId: string;
  groupId: string;
  groupNumber: number;
  groupStatus: "proposed" | "published" | "closed";
  programmeName: LocalizedText;
  membershipId: string;
  role: GroupRole;
  /** Facilitation rotates in this programme: every member may run sessions and review cases. */
  rotating: boolean;
  /** The group's facilitator, or any member when facilitation rotates. */
  canFacilitate: boolean;
  isPresenter: boolean;
  /** The actor's own clock, for the times on the page. */
  timeZone: string;
  /** The organisation's clock: the actor's is named only when it differs (README, "Times"). */
  organizationTimeZone: string;
  settings: CodevSettings;
  session: GroupSessionInfo;
};

export type GroupSessionRef = { groupId: string; sessionId: string };

/**
 * The session, only when it belongs to the group's own series and the actor is a member or the facilitator
 * of that group (requireGroupAccess). Anyone else gets not_found, the organisation's admins included: a
 * group's cases, notes, actions, learning and feedback are the group's alone (SECURITY.md rule 16).
 */
export async function loadGroupSession(tx: Tx, scope: MemberScope, ref: GroupSessionRef, options: { lock?: boolean } = {}): Promise<GroupSession> {
  if (!isUuid(ref.groupId) || !isUuid(ref.sessionId)) throw new AppError("not_found");
  const access = await requireGroupAccess(tx, scope, ref.groupId);
  const { organizationId } = scope;
  const query = tx
    .select({
      session: {
        id: meetings.id,
        seriesId: meetings.seriesId,
        startsAt: meetings.startsAt,
        durationMinutes: meetings.durationMinutes,
        place: meetings.place,
        videoUrl: meetings.videoUrl,
        status: meetings.status,
        presenterMembershipId: meetings.casePresenterMembershipId,
      },
      programmeName: programmes.name,
      programmeSettings: programmes.settings,
    })
    .from(meetings)
    .innerJoin(
      meetingSeries,
      and(eq(meetingSeries.id, meetings.seriesId), eq(meetingSeries.organizationId, organizationId), eq(meetingSeries.ownerType, "group"), eq(meetingSeries.ownerId, access.group.id)),
    )
    .innerJoin(programmes, and(eq(programmes.id, access.group.programmeId), eq(programmes.organizationId, organizationId)))
    .where(and(eq(meetings.id, ref.sessionId), eq(meetings.organizationId, organizationId)))
    .limit(1);
  const [row] = options.lock ? await query.for("update", { of: meetings }) : await query;
  if (!row || !row.session.seriesId) throw new AppError("not_found");
  const [zone] = await tx
    .select({ memberTimeZone: memberships.timeZone, organizationTimeZone: organizations.timeZone })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(and(eq(memberships.id, access.membershipId), eq(memberships.organizationId, organizationId)))
    .limit(1);
  const settings = readCodevSettings(row.programmeSettings);
  const rotating = settings.facilitatorMode === "rotating";
  return {
    organizationId,
    groupId: access.group.id,
    groupNumber: access.group.number,
    groupStatus: access.group.status,
    programmeName: row.programmeName,
    membershipId: access.membershipId,
    role: access.role,
    rotating,
    canFacilitate: access.role === "facilitator" || rotating,
    isPresenter: row.session.presenterMembershipId === access.membershipId,
    timeZone: zone?.memberTimeZone ?? zone?.organizationTimeZone ?? "Europe/Amsterdam",
    organizationTimeZone: zone?.organizationTimeZone ?? "Europe/Amsterdam",
    settings,
    session: { ...row.session, seriesId: row.session.seriesId },
  };
}

/**
 * Runs `fn` in one tenant transaction for a member of the group: the actor is re-read (active, in this
 * organisation) by withActor, then the group and the session are loaded with the membership in the WHERE.
 */
export async function withGroupSession<T>(scope: MemberScope, ref: GroupSessionRef, fn: (tx: Tx, gs: GroupSession) => Promise<T>, options: { lock?: boolean } = {}): Promise<T> {
  return withActor(scope, "sessions.view", async (tx) => fn(tx, await loadGroupSession(tx, scope, ref, options)));
}

/** Writes stop when the group is closed or the session cancelled; reading back stays possible. */
export function assertWritable(gs: GroupSession): void {
  if (gs.groupStatus !== "published") throw new AppError("conflict", { message: "codevSessions.errors.groupClosed" });
  if (gs.session.status === "cancelled") throw new AppError("conflict", { message: "codevSessions.errors.cancelled" });
}

/** The facilitator's part (run the session, review the case, keep attendance). */
export function assertFacilitating(gs: GroupSession): void {
  if (!gs.canFacilitate) throw new AppError("forbidden");
}

/** What every page of a session shows at its top. */
export type SessionHeader = {
  groupId: string;
  sessionId: string;
  groupNumber: number;
  programmeName: LocalizedText;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  organizationTimeZone: string;
  place: string | null;
  videoUrl: string | null;
  status: MeetingStatus;
};

export function sessionHeader(gs: GroupSession): SessionHeader {
  const { session } = gs;
  return {
    groupId: gs.groupId,
    sessionId: session.id,
    groupNumber: gs.groupNumber,
    programmeName: gs.programmeName,
    startsAt: session.startsAt,
    endsAt: new Date(session.startsAt.getTime() + session.durationMinutes * 60_000),
    timeZone: gs.timeZone,
    organizationTimeZone: gs.organizationTimeZone,
    place: session.place,
    videoUrl: session.videoUrl,
    status: session.status,
  };
}

/** A member of the group as the session pages show them. */
export type GroupPerson = { membershipId: string; name: string; role: GroupRole };

/** The group's members and facilitator, by name (removed members are left out). */
export async function readGroupPeople(tx: Tx, gs: Pick<GroupSession, "organizationId" | "groupId">): Promise<GroupPerson[]> {
  return tx
    .select({ membershipId: codevGroupMembers.membershipId, name: memberships.name, role: codevGroupMembers.role })
    .from(codevGroupMembers)
    .innerJoin(memberships, and(eq(memberships.id, codevGroupMembers.membershipId), eq(memberships.organizationId, gs.organizationId)))
    .where(and(eq(codevGroupMembers.organizationId, gs.organizationId), eq(codevGroupMembers.groupId, gs.groupId), ne(memberships.status, "removed")))
    .orderBy(memberships.name);
}

/** The name of someone in the organisation (a presenter who left the group still has a name), or null. */
export async function readMemberName(tx: Tx, organizationId: string, membershipId: string | null): Promise<string | null> {
  if (!membershipId) return null;
  const [row] = await tx
    .select({ name: memberships.name })
    .from(memberships)
    .where(and(eq(memberships.id, membershipId), eq(memberships.organizationId, organizationId)))
    .limit(1);
  return row?.name ?? null;
}
