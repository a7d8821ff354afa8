import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { codevGroupMembers, codevGroups, meetings, memberships, programmes, type LocalizedText, type Meeting } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { requireGroupAccess, type GroupAccess } from "../access";
import { readCodevSettings, type CodevSettings } from "@/lib/codevelopment/core/settings";

export type GroupPerson = { membershipId: string; name: string; department: string | null; role: "participant" | "facilitator" };

/** One group as its members see it: the group, the programme's settings, the people and the sessions. */
export type GroupContext = GroupAccess & {
  programmeName: LocalizedText;
  settings: CodevSettings;
  people: GroupPerson[];
  /** The sessions of the group's series, in time order. */
  sessions: Meeting[];
};

/**
 * Runs `fn` for a member or the facilitator of a published group (requireGroupAccess: everyone else,
 * admins included, gets not_found). `lock` takes the group row first, so that rotation edits and swap
 * answers on one group happen one at a time.
 */
export async function withGroup<T>(scope: MemberScope, groupId: string, fn: (tx: Tx, group: GroupContext) => Promise<T>, options: { lock?: boolean } = {}): Promise<T> {
  return withActor(scope, "sessions.view", async (tx) => {
    const access = await requireGroupAccess(tx, scope, groupId);
    const { organizationId } = scope;
    if (options.lock) await tx.select({ id: codevGroups.id }).from(codevGroups).where(and(eq(codevGroups.id, groupId), eq(codevGroups.organizationId, organizationId))).for("update");
    const [programme] = await tx
      .select({ name: programmes.name, settings: programmes.settings })
      .from(programmes)
      .where(and(eq(programmes.id, access.group.programmeId), eq(programmes.organizationId, organizationId)));
    const people = await tx
      .select({ membershipId: codevGroupMembers.membershipId, name: memberships.name, department: memberships.department, role: codevGroupMembers.role })
      .from(codevGroupMembers)
      .innerJoin(memberships, and(eq(memberships.id, codevGroupMembers.membershipId), eq(memberships.organizationId, organizationId)))
      .where(and(eq(codevGroupMembers.organizationId, organizationId), eq(codevGroupMembers.groupId, groupId)))
      .orderBy(asc(memberships.name), asc(memberships.id));
    const sessions = access.group.seriesId
      ? await tx
          .select()
          .from(meetings)
          .where(and(eq(meetings.organizationId, organizationId), eq(meetings.seriesId, access.group.seriesId)))
          .orderBy(asc(meetings.startsAt))
      : [];
    return fn(tx, { ...access, programmeName: programme.name, settings: readCodevSettings(programme.settings), people, sessions });
  });
}

/** A session whose presenter may still change: ahead of us and not cancelled or held. */
export function isOpenSession(session: Pick<Meeting, "startsAt" | "status">, at: Date): boolean {
  return session.startsAt.getTime() > at.getTime() && (session.status === "scheduled" || session.status === "moved");
}
