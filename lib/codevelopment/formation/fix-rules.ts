import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { codevGroupMembers, codevGroups, enrolments, memberships, programmes } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { readCodevSettings, type CodevSettings } from "@/lib/codevelopment/core/settings";
import { recordProgrammeAudit } from "@/lib/programmes/admin";
import { lockProgramme } from "@/lib/programmes/lock";
import type { AppointFacilitatorInput, GroupSizeInput } from "@/lib/codevelopment/schemas";

// What the admin can do, from the review page, about the reasons people have no group: appoint one of the
// participants as facilitator, let the groups run without one, or widen the group size by a step. Each
// is one transaction on the locked programme row, audited (ids and numbers, never names), and refused
// whole when it does not apply. Place by hand is edit-proposal.ts; late sign-ups late-placement.ts.

async function lockOpenCodev(tx: Tx, scope: MemberScope, programmeId: string) {
  const programme = await lockProgramme(tx, scope, programmeId, { mode: "update", kind: "codevelopment", notStatuses: ["closed"] });
  return { programme, settings: readCodevSettings(programme.settings) };
}

async function saveSettings(tx: Tx, scope: MemberScope, programmeId: string, settings: CodevSettings) {
  await tx.update(programmes).set({ settings }).where(and(eq(programmes.id, programmeId), eq(programmes.organizationId, scope.organizationId)));
}

/**
 * Makes an active participant of the programme its facilitator: their enrolment's role changes, and they
 * leave a proposed group they were in (a facilitator is not a member). Refused once they are in a
 * published group, and when the programme's groups have no facilitator of their own.
 */
export async function appointFacilitator(scope: MemberScope, input: AppointFacilitatorInput): Promise<void> {
  const { organizationId } = scope;
  await withActor(scope, "programmes.manage", async (tx) => {
    const { settings } = await lockOpenCodev(tx, scope, input.programmeId);
    if (settings.facilitatorMode !== "perGroup") throw new AppError("invalid", { message: "codevGroups.errors.rotating" });
    const [enrolment] = await tx
      .select({ id: enrolments.id })
      .from(enrolments)
      .innerJoin(memberships, and(eq(memberships.id, enrolments.membershipId), eq(memberships.organizationId, organizationId), eq(memberships.status, "active")))
      .where(
        and(
          eq(enrolments.organizationId, organizationId),
          eq(enrolments.programmeId, input.programmeId),
          eq(enrolments.membershipId, input.membershipId),
          eq(enrolments.status, "active"),
          eq(enrolments.role, "participant"),
        ),
      )
      .for("update");
    if (!enrolment) throw new AppError("not_found");
    const groups = await tx
      .select({ id: codevGroups.id, status: codevGroups.status })
      .from(codevGroupMembers)
      .innerJoin(codevGroups, and(eq(codevGroups.id, codevGroupMembers.groupId), eq(codevGroups.organizationId, organizationId)))
      .where(and(eq(codevGroupMembers.organizationId, organizationId), eq(codevGroupMembers.membershipId, input.membershipId), eq(codevGroups.programmeId, input.programmeId)));
    if (groups.some((group) => group.status !== "proposed")) throw new AppError("conflict", { message: "codevGroups.errors.inPublishedGroup" });
    if (groups.length > 0) {
      await tx
        .delete(codevGroupMembers)
        .where(and(eq(codevGroupMembers.organizationId, organizationId), eq(codevGroupMembers.membershipId, input.membershipId), inArray(codevGroupMembers.groupId, groups.map((g) => g.id))));
    }
    // One row per person, programme and role (a unique index): someone who once volunteered and withdrew
    // gets that facilitator row back, and the participant row is withdrawn, instead of a second one.
    const [earlier] = await tx
      .select({ id: enrolments.id })
      .from(enrolments)
      .where(and(eq(enrolments.organizationId, organizationId), eq(enrolments.programmeId, input.programmeId), eq(enrolments.membershipId, input.membershipId), eq(enrolments.role, "facilitator")))
      .for("update");
    if (earlier) {
      await tx.update(enrolments).set({ status: "active" }).where(and(eq(enrolments.id, earlier.id), eq(enrolments.organizationId, organizationId)));
      await tx.update(enrolments).set({ status: "withdrawn" }).where(and(eq(enrolments.id, enrolment.id), eq(enrolments.organizationId, organizationId)));
    } else {
      await tx.update(enrolments).set({ role: "facilitator" }).where(and(eq(enrolments.id, enrolment.id), eq(enrolments.organizationId, organizationId)));
    }
    await recordProgrammeAudit(tx, scope, "codevGroups.facilitatorAppointed", input.programmeId, { enrolmentId: earlier?.id ?? enrolment.id });
  });
}

/**
 * Lets the programme's groups meet without a facilitator of their own: the members take turns. Refused
 * once groups are published (they were promised a facilitator); proposed groups lose their facilitator.
 */
export async function allowRotatingFacilitation(scope: MemberScope, programmeId: string): Promise<void> {
  const { organizationId } = scope;
  await withActor(scope, "programmes.manage", async (tx) => {
    const { settings } = await lockOpenCodev(tx, scope, programmeId);
    if (settings.facilitatorMode === "rotating") return;
    const groups = await tx
      .select({ id: codevGroups.id, status: codevGroups.status })
      .from(codevGroups)
      .where(and(eq(codevGroups.organizationId, organizationId), eq(codevGroups.programmeId, programmeId)));
    if (groups.some((group) => group.status !== "proposed")) throw new AppError("conflict", { message: "codevGroups.errors.alreadyPublished" });
    if (groups.length > 0) {
      await tx
        .delete(codevGroupMembers)
        .where(and(eq(codevGroupMembers.organizationId, organizationId), eq(codevGroupMembers.role, "facilitator"), inArray(codevGroupMembers.groupId, groups.map((g) => g.id))));
    }
    await volunteersBecomeParticipants(tx, organizationId, programmeId);
    await saveSettings(tx, scope, programmeId, { ...settings, facilitatorMode: "rotating" });
    await recordProgrammeAudit(tx, scope, "programme.facilitationRotating", programmeId, { from: "perGroup", to: "rotating" });
  });
}

/**
 * With rotation nobody is a standing facilitator: those who volunteered join the groups as participants (a
 * participant sign-up they once withdrew comes back, one row per person and role), or nobody would place them.
 */
async function volunteersBecomeParticipants(tx: Tx, organizationId: string, programmeId: string): Promise<void> {
  const inProgramme = and(eq(enrolments.organizationId, organizationId), eq(enrolments.programmeId, programmeId));
  const volunteers = await tx.select({ id: enrolments.id, membershipId: enrolments.membershipId }).from(enrolments).where(and(inProgramme, eq(enrolments.role, "facilitator"), eq(enrolments.status, "active"))).for("update");
  for (const volunteer of volunteers) {
    const [earlier] = await tx.select({ id: enrolments.id }).from(enrolments).where(and(inProgramme, eq(enrolments.membershipId, volunteer.membershipId), eq(enrolments.role, "participant"))).for("update");
    if (earlier) {
      await tx.update(enrolments).set({ status: "active" }).where(and(eq(enrolments.id, earlier.id), eq(enrolments.organizationId, organizationId)));
      await tx.update(enrolments).set({ status: "withdrawn" }).where(and(eq(enrolments.id, volunteer.id), eq(enrolments.organizationId, organizationId)));
    } else {
      await tx.update(enrolments).set({ role: "participant" }).where(and(eq(enrolments.id, volunteer.id), eq(enrolments.organizationId, organizationId)));
    }
  }
}

/** Sets the smallest or the largest group size; the other bound stays, and min may not pass max. */
export async function changeGroupSize(scope: MemberScope, input: GroupSizeInput): Promise<void> {
  await withActor(scope, "programmes.manage", async (tx) => {
    const { settings } = await lockOpenCodev(tx, scope, input.programmeId);
    const next = input.bound === "min" ? { ...settings, groupSizeMin: input.size } : { ...settings, groupSizeMax: input.size };
    if (next.groupSizeMin > next.groupSizeMax) throw new AppError("invalid", { message: "codevGroups.errors.sizeRange" });
    await saveSettings(tx, scope, input.programmeId, next);
    await recordProgrammeAudit(tx, scope, "programme.groupSizeChanged", input.programmeId, { min: next.groupSizeMin, max: next.groupSizeMax });
  });
}
