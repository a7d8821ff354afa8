import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/db/client";
import { meetingParticipants, meetingSeries, meetings } from "@/db/schema";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import type { PlainDate } from "@/lib/scheduling/time/local-date";
import { occasionOf, sendSessionNotice } from "./notify";
import { readActiveMembers } from "./recipients";
import { planReminder } from "./reminders";
import type { CreateSeriesInput } from "./schemas";
import { expandSeries } from "@/lib/scheduling/time/series";
import { withActor, type MemberScope } from "@/lib/auth/actor";

export type CreatedSeries = { seriesId: string; sessionIds: string[] };

/** Who plans the series: they organise it in the calendar files and sign the invitations. */
export type SeriesOrganizer = { organizationId: string; organizationName: string; membershipId: string; name: string; email: string };

/** Whose sessions these are: a hand-planned ("adhoc") series has no owner row; a pair's or group's has one. */
export type SeriesOwner = { type: "adhoc"; id: null } | { type: "match" | "group"; id: string };

/** A series as the caller has already validated and authorised it. */
export type NewSeries = {
  title: string;
  membershipIds: string[];
  timeZone: string;
  firstDate: PlainDate;
  startTime: string;
  durationMinutes: number;
  cadenceWeeks: number;
  count: number;
  place: string | null;
  videoUrl: string | null;
  skipDates: PlainDate[];
};

/**
 * Writes a series with the caller's transaction handle: the series, its sessions (each expanded on its own
 * date in the series' zone), the participants, one invitation per person with every session's REQUEST
 * attached, and a reminder job per session. Either all of it exists afterwards or none of it. The caller
 * has checked who may plan it; this checks only that the participants are active members and the first
 * session lies ahead.
 */
export async function insertSeries(tx: Tx, organizer: SeriesOrganizer, owner: SeriesOwner, input: NewSeries): Promise<CreatedSeries> {
  const { organizationId } = organizer;
  const members = await readActiveMembers(tx, organizationId, input.membershipIds);
  if (members.length !== new Set(input.membershipIds).size) throw new AppError("invalid", { message: "participants" });
  const planned = expandSeries(input);
  if (planned[0].startsAt.getTime() <= now().getTime()) throw new AppError("invalid", { message: "inThePast" });

  const [series] = await tx
    .insert(meetingSeries)
    .values({
      organizationId,
      ownerType: owner.type,
      ownerId: owner.id,
      title: input.title,
      organizerMembershipId: organizer.membershipId,
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
        organizationId,
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
  await tx.insert(meetingParticipants).values(sessions.flatMap((s) => members.map((m) => ({ organizationId, sessionId: s.id, membershipId: m.membershipId }))));

  await sendSessionNotice(tx, {
    template: "session-invitation",
    organizationId,
    organizationName: organizer.organizationName,
    title: input.title,
    occasion: occasionOf(owner.type),
    organizer: { name: organizer.name, email: organizer.email },
    place: input.place,
    videoUrl: input.videoUrl,
    sessions,
    recipients: members,
    stampedAt: now(),
    idempotencyKey: `session-invitation:${series.id}`,
  });
  for (const session of sessions) await planReminder(tx, session);
  return { seriesId: series.id, sessionIds: sessions.map((s) => s.id) };
}

/** Plans an ad-hoc series for a set of members: facilitators and admins only ("sessions.schedule"). */
export async function createSeries(scope: MemberScope, input: CreateSeriesInput): Promise<CreatedSeries> {
  return withActor(scope, "sessions.schedule", (tx, actor) => insertSeries(tx, actor, { type: "adhoc", id: null }, input));
}
