import "server-only";
import { and, asc, desc, eq, gt, inArray, ne, or } from "drizzle-orm";
import { codevGroupMembers, codevGroups, codevTurnSwaps, meetings, organizations, programmes, type LocalizedText } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { isOpenSession, withGroup, type GroupPerson } from "./group-scope";
import { repeatedPresenters, rotatingFacilitators } from "@/lib/codevelopment/core/rotation";

export type MyGroup = {
  id: string;
  number: number;
  programmeName: LocalizedText;
  role: "participant" | "facilitator";
  status: "published" | "closed";
  slot: string;
  nextSessionAt: Date | null;
};

/** The signed-in person's published (and closed) groups, newest programme first. */
export async function listMyGroups(scope: MemberScope): Promise<{ groups: MyGroup[]; timeZone: string }> {
  const { organizationId } = scope;
  return withActor(scope, "sessions.view", async (tx) => {
    const [organization] = await tx.select({ timeZone: organizations.timeZone }).from(organizations).where(eq(organizations.id, organizationId));
    const rows = await tx
      .select({ id: codevGroups.id, number: codevGroups.number, programmeName: programmes.name, role: codevGroupMembers.role, status: codevGroups.status, slot: codevGroups.slot, seriesId: codevGroups.seriesId })
      .from(codevGroupMembers)
      .innerJoin(codevGroups, and(eq(codevGroups.id, codevGroupMembers.groupId), eq(codevGroups.organizationId, organizationId)))
      .innerJoin(programmes, and(eq(programmes.id, codevGroups.programmeId), eq(programmes.organizationId, organizationId)))
      .where(and(eq(codevGroupMembers.organizationId, organizationId), eq(codevGroupMembers.membershipId, scope.actorMembershipId), inArray(codevGroups.status, ["published", "closed"])))
      .orderBy(desc(codevGroups.publishedAt), asc(codevGroups.number));
    const seriesIds = rows.flatMap((row) => (row.seriesId ? [row.seriesId] : []));
    const upcoming =
      seriesIds.length === 0
        ? []
        : await tx
            .select({ seriesId: meetings.seriesId, startsAt: meetings.startsAt })
            .from(meetings)
            .where(and(eq(meetings.organizationId, organizationId), inArray(meetings.seriesId, seriesIds), gt(meetings.startsAt, now()), ne(meetings.status, "cancelled")))
            .orderBy(asc(meetings.startsAt));
    const groups = rows.map(({ seriesId, ...row }) => ({
      ...row,
      status: row.status as MyGroup["status"],
      nextSessionAt: upcoming.find((session) => session.seriesId === seriesId)?.startsAt ?? null,
    }));
    return { groups, timeZone: organization.timeZone };
  });
}

export type GroupSessionView = {
  id: string;
  startsAt: Date;
  durationMinutes: number;
  status: string;
  presenterId: string | null;
  /** When facilitation rotates: who leads this session. */
  facilitatorId: string | null;
  open: boolean;
};

export type TurnSwapView = { id: string; requesterId: string; partnerId: string; requesterSessionAt: Date; partnerSessionAt: Date };

export type GroupView = {
  id: string;
  number: number;
  programmeName: LocalizedText;
  language: string;
  slot: string;
  timeZone: string;
  rotating: boolean;
  me: { membershipId: string; role: "participant" | "facilitator" };
  canEditRotation: boolean;
  people: GroupPerson[];
  sessions: GroupSessionView[];
  /** Ids of people who present more than once in the current rotation. */
  repeated: string[];
  swaps: { incoming: TurnSwapView[]; outgoing: TurnSwapView[] };
};

/** Everything of the group page; only for the group's members and facilitator (others: not_found). */
export async function getGroupView(scope: MemberScope, groupId: string): Promise<GroupView> {
  return withGroup(scope, groupId, async (tx, group) => {
    const { organizationId } = scope;
    const rotating = group.settings.facilitatorMode === "rotating";
    const live = group.sessions.filter((session) => session.status !== "cancelled");
    const facilitators = rotating ? rotatingFacilitators(live.map((session) => session.casePresenterMembershipId)) : [];
    const facilitatorOf = new Map(live.map((session, i) => [session.id, facilitators[i] ?? null]));
    const [organization] = await tx.select({ timeZone: organizations.timeZone }).from(organizations).where(eq(organizations.id, organizationId));
    const at = now();
    const sessionAt = new Map(group.sessions.map((session) => [session.id, session.startsAt]));
    const pending = await tx
      .select()
      .from(codevTurnSwaps)
      .where(
        and(
          eq(codevTurnSwaps.organizationId, organizationId),
          eq(codevTurnSwaps.groupId, groupId),
          eq(codevTurnSwaps.status, "requested"),
          or(eq(codevTurnSwaps.requesterMembershipId, group.membershipId), eq(codevTurnSwaps.partnerMembershipId, group.membershipId)),
        ),
      )
      .orderBy(asc(codevTurnSwaps.createdAt));
    const swapView = (swap: (typeof pending)[number]): TurnSwapView => ({
      id: swap.id,
      requesterId: swap.requesterMembershipId,
      partnerId: swap.partnerMembershipId,
      requesterSessionAt: sessionAt.get(swap.requesterSessionId) ?? at,
      partnerSessionAt: sessionAt.get(swap.partnerSessionId) ?? at,
    });
    return {
      id: group.group.id,
      number: group.group.number,
      programmeName: group.programmeName,
      language: group.group.language,
      slot: group.group.slot,
      timeZone: organization.timeZone,
      rotating,
      me: { membershipId: group.membershipId, role: group.role },
      canEditRotation: group.role === "facilitator" || rotating,
      people: group.people,
      sessions: group.sessions.map((session) => ({
        id: session.id,
        startsAt: session.startsAt,
        durationMinutes: session.durationMinutes,
        status: session.status,
        presenterId: session.casePresenterMembershipId,
        facilitatorId: facilitatorOf.get(session.id) ?? null,
        open: isOpenSession(session, at),
      })),
      repeated: repeatedPresenters(live.map((session) => session.casePresenterMembershipId)),
      swaps: {
        incoming: pending.filter((swap) => swap.partnerMembershipId === group.membershipId).map(swapView),
        outgoing: pending.filter((swap) => swap.requesterMembershipId === group.membershipId).map(swapView),
      },
    };
  });
}
