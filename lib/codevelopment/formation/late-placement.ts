import "server-only";
import { and, asc, eq, gt } from "drizzle-orm";
import { auditEvents, codevGroupMembers, meetingParticipants, meetingSeries, meetings, memberships } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { sendSessionNotice } from "@/lib/scheduling/notify";
import { readActiveMembers } from "@/lib/scheduling/recipients";
import { checkJoin } from "@/lib/codevelopment/core/formation-rules";
import type { AddToGroupInput } from "@/lib/codevelopment/schemas";
import { enqueueGroupPublished } from "../groups/notify";
import { loadFormation, lockCodevProgramme, readGroups, ruleGroupOf } from "./load";

/**
 * Publishes one late sign-up's place in a published group (the admin confirms it on the review page): in
 * one transaction they join the group, are invited to its sessions still ahead (the calendar files as at
 * publishing) and get the group's email; the others are not emailed again. Refused, changing nothing, when
 * the group is not published, they already have a group, or the group's rules would break (full,
 * language, slot, reporting line). Their turn to present is for the group to give them (its rotation).
 */
export async function addToPublishedGroup(scope: MemberScope, input: AddToGroupInput): Promise<void> {
  const { organizationId } = scope;
  await withActor(scope, "programmes.manage", async (tx) => {
    const programme = await lockCodevProgramme(tx, organizationId, input.programmeId);
    const formation = await loadFormation(tx, organizationId, programme);
    const person = formation.participants.get(input.membershipId);
    if (!person) throw new AppError("not_found");
    const groups = await readGroups(tx, organizationId, input.programmeId, ["proposed", "published"]);
    if (groups.some((group) => group.participantIds.includes(person.id))) throw new AppError("conflict", { message: "codevGroups.errors.alreadyPlaced" });
    const group = groups.find((g) => g.id === input.groupId && g.status === "published");
    if (!group || !group.seriesId) throw new AppError("not_found");
    const refusal = checkJoin(person, ruleGroupOf(group, formation), { minSize: formation.settings.groupSizeMin, maxSize: formation.settings.groupSizeMax });
    if (refusal) throw new AppError("conflict", { message: `codevGroups.rules.${refusal}` });

    await tx.insert(codevGroupMembers).values({ organizationId, groupId: group.id, membershipId: person.id, role: "participant" });
    const [series] = await tx.select().from(meetingSeries).where(and(eq(meetingSeries.id, group.seriesId), eq(meetingSeries.organizationId, organizationId)));
    const ahead = await tx
      .select()
      .from(meetings)
      .where(and(eq(meetings.organizationId, organizationId), eq(meetings.seriesId, series.id), eq(meetings.status, "scheduled"), gt(meetings.startsAt, now())))
      .orderBy(asc(meetings.startsAt));
    if (ahead.length === 0) throw new AppError("conflict", { message: "codevGroups.errors.noSessionsAhead" });
    await tx.insert(meetingParticipants).values(ahead.map((session) => ({ organizationId, sessionId: session.id, membershipId: person.id }))).onConflictDoNothing();
    const recipients = await readActiveMembers(tx, organizationId, [person.id]);
    const [organizer] = series.organizerMembershipId
      ? await tx.select({ name: memberships.name, email: memberships.email }).from(memberships).where(and(eq(memberships.id, series.organizerMembershipId), eq(memberships.organizationId, organizationId)))
      : [];
    const actor = organizer ?? (await tx.select({ name: memberships.name, email: memberships.email }).from(memberships).where(and(eq(memberships.id, scope.actorMembershipId), eq(memberships.organizationId, organizationId))))[0];
    await sendSessionNotice(tx, {
      template: "session-invitation",
      occasion: "series",
      organizationId,
      organizationName: formation.organization.name,
      title: series.title,
      organizer: actor,
      place: series.place,
      videoUrl: series.videoUrl,
      sessions: ahead,
      recipients,
      stampedAt: now(),
      // The series' own key: each recipient's id is appended, so only the newcomer is new.
      idempotencyKey: `session-invitation:${series.id}`,
    });
    await enqueueGroupPublished(tx, { organizationId, groupId: group.id, number: group.number, programmeName: programme.name, firstSessionId: ahead[0].id });
    // Ids and counts only (SECURITY.md rule 17).
    await tx.insert(auditEvents).values({
      organizationId,
      actorMembershipId: scope.actorMembershipId,
      action: "codevGroups.lateAdded",
      targetType: "programme",
      targetId: input.programmeId,
      data: { groupId: group.id, sessions: ahead.length },
    });
  });
}
