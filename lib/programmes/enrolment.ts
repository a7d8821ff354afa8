import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { enrolments, type Programme } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import type { EnrolmentRole, ProgrammeKind } from "./kind";
import { lockProgramme } from "./lock";
import { isSignupOpen } from "./window";

/**
 * Locks the programme row (shared) so that closing sign-up waits for an enrolment in flight, and refuses
 * anything but an open programme of the caller's organisation (of the given kind, when one is given)
 * inside its window.
 */
export async function lockOpenProgramme(tx: Tx, scope: MemberScope, programmeId: string, kind?: ProgrammeKind): Promise<Programme> {
  const programme = await lockProgramme(tx, scope, programmeId, { mode: "share", kind, notStatuses: ["draft"] });
  if (!isSignupOpen({ status: programme.status, opensAt: programme.signupOpensAt, closesAt: programme.signupClosesAt }, now())) throw new AppError("conflict", { message: "signupClosed" });
  return programme;
}

/** One role per person and programme: signing up as mentor while active as mentee (or the reverse) is refused. */
export async function assertNoOtherRole(tx: Tx, scope: MemberScope, programmeId: string, role: EnrolmentRole): Promise<void> {
  const [other] = await tx
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(
      and(
        eq(enrolments.programmeId, programmeId),
        eq(enrolments.organizationId, scope.organizationId),
        eq(enrolments.membershipId, scope.actorMembershipId),
        eq(enrolments.status, "active"),
        ne(enrolments.role, role),
      ),
    );
  if (other) throw new AppError("conflict", { message: "otherRole" });
}

/**
 * Withdraws the caller's active enrolment (mentoring or co-development) while sign-up is open; the row
 * stays, with status withdrawn.
 */
export async function withdrawEnrolment(scope: MemberScope, programmeId: string): Promise<void> {
  await withActor(scope, "programmes.view", async (tx) => {
    await lockOpenProgramme(tx, scope, programmeId);
    const updated = await tx
      .update(enrolments)
      .set({ status: "withdrawn" })
      .where(
        and(
          eq(enrolments.programmeId, programmeId),
          eq(enrolments.organizationId, scope.organizationId),
          eq(enrolments.membershipId, scope.actorMembershipId),
          eq(enrolments.status, "active"),
        ),
      )
      .returning({ id: enrolments.id });
    if (updated.length === 0) throw new AppError("conflict", { message: "notEnrolled" });
  });
}
