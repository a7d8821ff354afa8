import "server-only";
import { randomUUID } from "node:crypto";
import { meetingParticipants, meetingSeries, meetings } from "@/db/schema";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { sendSessionNotice } from "./notify";
import { readActiveMembers } from "./recipients";
import { planReminder } from "./reminders";
import { createSeriesSchema, type CreateSeriesInput } from "./series-input";
import { expandSeries } from "./series";
import { withSchedulingActor, type MemberScope } from "./scope";

export type CreatedSeries = { seriesId: string; sessionIds: string[] };

/**
 * Plans a series for a set of members in one transaction: the series, its sessions (each expanded on its
 * own date in the series' zone), the participants, one invitation per person with every session's
 * REQUEST attached, and a reminder job per session. Either all of it exists afterwards or none of it.
 */
export async function createSeries(scope: MemberScope, rawInput: CreateSeriesInput): Promise<CreatedSeries> {
  const input = createSeriesSchema.parse(rawInput);
  return withSchedulingActor(scope, "sessions.schedule", async (tx, actor) => {
    const members = await readActiveMembers(tx, actor.organizationId, input.membershipIds);
    if (members.length !== input.membershipIds.length) throw new AppError("invalid", { message: "participants" });
    const planned = expandSeries({ ...input, skipDates: input.skipDates });
    if (planned[0].startsAt.getTime() <= now().getTime()) throw new AppError("invalid", { message: "inThePast" });

    const [series] = await tx
      .insert(meetingSeries)
      .values({
        organizationId: actor.organizationId,
        ownerType: "adhoc",
        title: input.title,
        organizerMembershipId: actor.membershipId,
        timeZone: input.timeZone,
        cadenceWeeks: input.cadenceWeeks,
        sessionCount: input.count,
        firstDate: input.firstDate,
        startTime: input.startTime,
        durationMinutes: input.durationMinutes,
        place: input.place,
        videoUrl: input.videoUrl,
        skippedDates: input.skipDates,
      })
      .returning({ id: meetingSeries.id });
    const sessions = await tx
      .insert(meetings)
      .values(
        planned.map((p) => ({
          organizationId: actor.organizationId,
          seriesId: series.id,
          startsAt: p.startsAt,
          timeZone: input.timeZone,
          durationMinutes: input.durationMinutes,
          place: input.place,
          videoUrl: input.videoUrl,
          icsUid: `${randomUUID()}@kring`,
        })),
      )
      .returning();
    await tx.insert(meetingParticipants).values(
      sessions.flatMap((s) => members.map((m) => ({ organizationId: actor.organizationId, sessionId: s.id, membershipId: m.membershipId }))),
    );

    await sendSessionNotice(tx, {
      template: "session-invitation",
      organizationId: actor.organizationId,
      organizationName: actor.organizationName,
      title: input.title,
      organizer: { name: actor.name, email: actor.email },
      place: input.place,
      videoUrl: input.videoUrl,
      sessions,
      recipients: members,
      stampedAt: now(),
      idempotencyKey: `session-invitation:${series.id}`,
    });
    for (const session of sessions) await planReminder(tx, session);
    return { seriesId: series.id, sessionIds: sessions.map((s) => s.id) };
  });
}
