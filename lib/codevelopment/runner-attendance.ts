import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { codevGroupMembers, meetingParticipants, type Attendance } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { AttendanceInput } from "./schemas";
import { assertFacilitating, assertWritable, withGroupSession, type GroupSession } from "./session-access";

/** Attendance per group member; someone the session has no participant row for is "invited". */
export async function readAttendance(tx: Tx, gs: Pick<GroupSession, "organizationId" | "session">): Promise<Map<string, Attendance>> {
  const rows = await tx
    .select({ membershipId: meetingParticipants.membershipId, attendance: meetingParticipants.attendance })
    .from(meetingParticipants)
    .where(and(eq(meetingParticipants.organizationId, gs.organizationId), eq(meetingParticipants.sessionId, gs.session.id)));
  return new Map(rows.map((r) => [r.membershipId, r.attendance]));
}

/**
 * Whoever runs the session records who came (attended, absent, excused), for members of this group only;
 * a member who joined after the session was planned gets their participant row here.
 */
export async function recordAttendance(scope: MemberScope, input: AttendanceInput): Promise<void> {
  await withGroupSession(scope, input, async (tx, gs) => {
    assertWritable(gs);
    assertFacilitating(gs);
    const ids = [...new Set(input.entries.map((e) => e.membershipId))];
    const members = await tx
      .select({ membershipId: codevGroupMembers.membershipId })
      .from(codevGroupMembers)
      .where(and(eq(codevGroupMembers.organizationId, gs.organizationId), eq(codevGroupMembers.groupId, gs.groupId), inArray(codevGroupMembers.membershipId, ids)));
    if (members.length !== ids.length) throw new AppError("not_found");
    for (const entry of input.entries) {
      await tx
        .insert(meetingParticipants)
        .values({ organizationId: gs.organizationId, sessionId: gs.session.id, membershipId: entry.membershipId, attendance: entry.attendance })
        .onConflictDoUpdate({ target: [meetingParticipants.sessionId, meetingParticipants.membershipId], set: { attendance: entry.attendance } });
    }
  });
}
