import "server-only";
import { and, eq } from "drizzle-orm";
import { meetingParticipants, type Attendance } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { assertCanManage } from "./manage-access";
import { readSessionContext } from "./session-context";
import { withActor, type MemberScope } from "@/lib/auth/actor";

export type RecordAttendanceInput = { sessionId: string; membershipId: string; attendance: Attendance };

/** Records whether one participant came (attended, absent, excused), for sessions the actor manages. */
export async function recordAttendance(scope: MemberScope, input: RecordAttendanceInput): Promise<void> {
  await withActor(scope, "sessions.schedule", async (tx, actor) => {
    const session = await assertCanManage(tx, actor, await readSessionContext(tx, actor.organizationId, input.sessionId));
    if (session.status === "cancelled") throw new AppError("conflict", { message: "cancelled" });
    const [row] = await tx
      .update(meetingParticipants)
      .set({ attendance: input.attendance })
      .where(and(eq(meetingParticipants.organizationId, actor.organizationId), eq(meetingParticipants.sessionId, session.id), eq(meetingParticipants.membershipId, input.membershipId)))
      .returning({ id: meetingParticipants.id });
    if (!row) throw new AppError("not_found");
  });
}
