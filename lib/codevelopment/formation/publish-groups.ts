import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { auditEvents, codevGroups, meetings, memberships } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/translate";
import { insertSeries, type SeriesOrganizer } from "@/lib/scheduling/create-series";
import { markProgrammeRunning } from "@/lib/programmes/status";
import { announceGroupsPublished } from "@/lib/chat/programme-news";
import { enqueueGroupPublished } from "../groups/notify";
import { planPresenters } from "@/lib/codevelopment/core/rotation";
import { FIRST_SESSION_NOTICE_MS, loadFormation, lockCodevProgramme, readGroups, ruleGroupOf, type Formation, type StoredGroup } from "./load";
import { checkFacilitator, checkGroup } from "@/lib/codevelopment/core/formation-rules";
import { firstSlotDate, slotTime } from "@/lib/codevelopment/core/formation-slots";

/** Every group keeps every rule now (people may have withdrawn since the proposal), else the first refusal. */
function assertPublishable(groups: StoredGroup[], formation: Formation): void {
  const range = { minSize: formation.settings.groupSizeMin, maxSize: formation.settings.groupSizeMax };
  for (const group of groups) {
    if (group.participantIds.some((id) => !formation.participants.has(id))) throw new AppError("conflict", { message: "codevGroups.errors.stale" });
    const rules = ruleGroupOf(group, formation);
    const refusal = checkGroup(rules, range);
    if (refusal) throw new AppError("conflict", { message: `codevGroups.rules.${refusal}` });
    if (formation.settings.facilitatorMode === "perGroup") {
      const facilitator = group.facilitatorId ? formation.facilitators.get(group.facilitatorId) : undefined;
      if (!facilitator) throw new AppError("conflict", { message: "codevGroups.errors.facilitatorMissing" });
      const line = checkFacilitator(facilitator, rules);
      if (line) throw new AppError("conflict", { message: `codevGroups.rules.${line}` });
    }
  }
}

async function organizerOf(tx: Tx, scope: MemberScope, organizationName: string): Promise<SeriesOrganizer> {
  const [actor] = await tx
    .select({ name: memberships.name, email: memberships.email })
    .from(memberships)
    .where(and(eq(memberships.id, scope.actorMembershipId), eq(memberships.organizationId, scope.organizationId)));
  return { organizationId: scope.organizationId, organizationName, membershipId: scope.actorMembershipId, name: actor.name, email: actor.email };
}

/**
 * Publishes the whole proposal at once: every group moves proposed → published (compare-and-swap, all or
 * nothing), gets its series of sessions at its slot (the first one at least a week ahead, one session per
 * participant so that everyone presents once, invitations with ICS and reminders), its presenter rotation,
 * and one email per member and facilitator in their own language — all in this one transaction. Before
 * this, nobody has been told anything.
 */
export async function publishGroups(scope: MemberScope, programmeId: string): Promise<{ groups: number }> {
  const { organizationId } = scope;
  return withActor(scope, "programmes.manage", async (tx) => {
    const programme = await lockCodevProgramme(tx, organizationId, programmeId);
    const formation = await loadFormation(tx, organizationId, programme);
    const groups = await readGroups(tx, organizationId, programmeId, ["proposed"]);
    if (groups.length === 0) throw new AppError("conflict", { message: "codevGroups.errors.notProposed" });
    assertPublishable(groups, formation);
    const publishedAt = now();
    const swapped = await tx
      .update(codevGroups)
      .set({ status: "published", publishedAt })
      .where(and(eq(codevGroups.organizationId, organizationId), eq(codevGroups.programmeId, programmeId), inArray(codevGroups.id, groups.map((g) => g.id)), eq(codevGroups.status, "proposed")))
      .returning({ id: codevGroups.id });
    if (swapped.length !== groups.length) throw new AppError("conflict", { message: "codevGroups.errors.notProposed" });
    await markProgrammeRunning(tx, scope, programmeId);

    const { settings, organization } = formation;
    const organizer = await organizerOf(tx, scope, organization.name);
    const t = getTranslator(organization.defaultLocale, "codevGroups");
    const from = new Date(publishedAt.getTime() + FIRST_SESSION_NOTICE_MS);
    for (const group of groups) {
      const people = group.participantIds.map((id) => formation.participants.get(id)!);
      const { seriesId, sessionIds } = await insertSeries(tx, organizer, { type: "group", id: group.id }, {
        title: t("seriesTitle", { programme: programme.name[organization.defaultLocale], number: group.number }),
        membershipIds: [...group.participantIds, ...(group.facilitatorId ? [group.facilitatorId] : [])],
        timeZone: organization.timeZone,
        firstDate: firstSlotDate(group.slot, organization.timeZone, from),
        startTime: slotTime(group.slot),
        durationMinutes: settings.sessionMinutes,
        cadenceWeeks: settings.cadenceWeeks,
        count: people.length,
        place: null,
        videoUrl: null,
        skipDates: [],
      });
      const presenters = planPresenters(people.map((p) => ({ membershipId: p.id, name: p.name })), sessionIds.length);
      for (const [i, sessionId] of sessionIds.entries()) {
        await tx.update(meetings).set({ casePresenterMembershipId: presenters[i] }).where(and(eq(meetings.id, sessionId), eq(meetings.organizationId, organizationId)));
      }
      await tx.update(codevGroups).set({ seriesId }).where(and(eq(codevGroups.id, group.id), eq(codevGroups.organizationId, organizationId)));
      await enqueueGroupPublished(tx, { organizationId, groupId: group.id, number: group.number, programmeName: programme.name, firstSessionId: sessionIds[0] });
    }
    // Counts only: the audit log says who did what, never names (SECURITY.md rule 17).
    const people = groups.reduce((sum, group) => sum + group.participantIds.length, 0);
    await tx.insert(auditEvents).values({ organizationId, actorMembershipId: scope.actorMembershipId, action: "codevGroups.published", targetType: "programme", targetId: programmeId, data: { groups: groups.length, participants: people } });
    // The organisation's channel hears the counts, never who is in which group.
    await announceGroupsPublished(tx, { organizationId, programmeId, groupIds: groups.map((g) => g.id), participants: people });
    return { groups: groups.length };
  });
}
