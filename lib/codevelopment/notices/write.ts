// No "server-only" marker: the job worker runs this module outside Next.js (npm run worker).
import { and, desc, eq, inArray, isNull, lt, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import {
  codevActions,
  codevCases,
  codevGroupMembers,
  codevGroups,
  codevSessionNotices,
  meetingParticipants,
  meetingSeries,
  meetings,
  programmes,
  type CodevNoticeKind,
  type LocalizedText,
  type MeetingStatus,
} from "@/db/schema";
import { enqueueEmail } from "@/lib/email/enqueue";
import { appLink } from "@/lib/env";
import { readActiveMembers, type Recipient } from "@/lib/scheduling/recipients";
import { readCodevSettings, type CodevSettings } from "@/lib/codevelopment/core/settings";
import type { CodevSessionProps } from "./email-templates";

// What each clock-driven email of a group session says and to whom. Every writer first claims the
// (session, kind) notice row and writes its emails in the same transaction: a retried or parallel sweep
// finds the row and writes nothing, so each email goes out once (codev_session_notices).

export type NoticeSession = {
  id: string;
  organizationId: string;
  seriesId: string;
  groupId: string;
  groupNumber: number;
  programmeName: LocalizedText;
  settings: CodevSettings;
  startsAt: Date;
  durationMinutes: number;
  place: string | null;
  status: MeetingStatus;
  presenterMembershipId: string | null;
};

/** A session of a published group, re-read inside the tenant transaction (SECURITY.md rule 13). */
export async function readNoticeSession(tx: Tx, organizationId: string, sessionId: string): Promise<NoticeSession | null> {
  const [row] = await tx
    .select({
      id: meetings.id,
      organizationId: meetings.organizationId,
      seriesId: meetingSeries.id,
      groupId: codevGroups.id,
      groupNumber: codevGroups.number,
      programmeName: programmes.name,
      programmeSettings: programmes.settings,
      startsAt: meetings.startsAt,
      durationMinutes: meetings.durationMinutes,
      place: meetings.place,
      status: meetings.status,
      presenterMembershipId: meetings.casePresenterMembershipId,
    })
    .from(meetings)
    .innerJoin(meetingSeries, and(eq(meetingSeries.id, meetings.seriesId), eq(meetingSeries.organizationId, organizationId), eq(meetingSeries.ownerType, "group")))
    .innerJoin(codevGroups, and(eq(codevGroups.id, meetingSeries.ownerId), eq(codevGroups.organizationId, organizationId), eq(codevGroups.status, "published")))
    .innerJoin(programmes, and(eq(programmes.id, codevGroups.programmeId), eq(programmes.organizationId, organizationId)))
    .where(and(eq(meetings.id, sessionId), eq(meetings.organizationId, organizationId)))
    .limit(1);
  if (!row) return null;
  const { programmeSettings, ...rest } = row;
  return { ...rest, settings: readCodevSettings(programmeSettings) };
}

/** Records that the session's `kind` email goes out now; false when it already did. */
export async function claimNotice(tx: Tx, session: NoticeSession, kind: CodevNoticeKind, at: Date): Promise<boolean> {
  const [row] = await tx
    .insert(codevSessionNotices)
    .values({ organizationId: session.organizationId, sessionId: session.id, kind, sentAt: at })
    .onConflictDoNothing({ target: [codevSessionNotices.sessionId, codevSessionNotices.kind] })
    .returning({ id: codevSessionNotices.id });
  return Boolean(row);
}

const sessionPath = (session: Pick<NoticeSession, "groupId" | "id">, page: "case" | "run" | "feedback") => `/groups/${session.groupId}/sessions/${session.id}/${page}`;

/** The props every session email shares, in the reader's language and on their clock. */
function sessionProps(session: NoticeSession, recipient: Recipient, url: string): CodevSessionProps {
  return {
    url,
    programmeName: session.programmeName[recipient.locale],
    groupNumber: session.groupNumber,
    startsAt: session.startsAt.toISOString(),
    endsAt: new Date(session.startsAt.getTime() + session.durationMinutes * 60_000).toISOString(),
    timeZone: recipient.timeZone,
    organizationTimeZone: recipient.organizationTimeZone,
    place: session.place,
  };
}

/** The group's members (optionally only some roles), as email recipients; removed members are left out. */
async function groupRecipients(tx: Tx, session: NoticeSession, roles?: ("participant" | "facilitator")[]): Promise<Recipient[]> {
  const rows = await tx
    .select({ membershipId: codevGroupMembers.membershipId })
    .from(codevGroupMembers)
    .where(and(eq(codevGroupMembers.organizationId, session.organizationId), eq(codevGroupMembers.groupId, session.groupId), roles ? inArray(codevGroupMembers.role, roles) : undefined));
  return readActiveMembers(
    tx,
    session.organizationId,
    rows.map((r) => r.membershipId),
  );
}

async function presenterRecipient(tx: Tx, session: NoticeSession): Promise<Recipient | null> {
  if (!session.presenterMembershipId) return null;
  const members = await groupRecipients(tx, session);
  return members.find((m) => m.membershipId === session.presenterMembershipId) ?? null;
}

const key = (kind: CodevNoticeKind, session: NoticeSession, recipient: Recipient) => `codev-${kind}:${session.id}:${recipient.membershipId}`;

export async function caseIsReady(tx: Tx, session: NoticeSession): Promise<boolean> {
  if (!session.presenterMembershipId) return false;
  const [row] = await tx
    .select({ id: codevCases.id })
    .from(codevCases)
    .where(
      and(
        eq(codevCases.organizationId, session.organizationId),
        eq(codevCases.sessionId, session.id),
        eq(codevCases.status, "ready"),
        eq(codevCases.presenterMembershipId, session.presenterMembershipId),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** To the presenter: prepare your case (link to the case form). */
export async function writeCasePrep(tx: Tx, session: NoticeSession, at: Date): Promise<boolean> {
  if (!(await claimNotice(tx, session, "casePrep", at))) return false;
  const presenter = await presenterRecipient(tx, session);
  if (!presenter || (await caseIsReady(tx, session))) return false;
  await enqueueEmail(tx, {
    template: "codev-case-prep",
    to: presenter.email,
    locale: presenter.locale,
    organizationId: session.organizationId,
    idempotencyKey: key("casePrep", session, presenter),
    props: { ...sessionProps(session, presenter, appLink(sessionPath(session, "case"))), prepDays: session.settings.casePrepDays },
  });
  return true;
}

/** To the rest of the group: the case is ready to read (link only). */
export async function writeCaseReady(tx: Tx, session: NoticeSession, at: Date): Promise<boolean> {
  if (!(await caseIsReady(tx, session))) return false;
  if (!(await claimNotice(tx, session, "caseReady", at))) return false;
  const members = await groupRecipients(tx, session);
  const presenter = members.find((m) => m.membershipId === session.presenterMembershipId);
  if (!presenter) return false;
  const readers = members.filter((m) => m.membershipId !== presenter.membershipId);
  for (const reader of readers) {
    await enqueueEmail(tx, {
      template: "codev-case-ready",
      to: reader.email,
      locale: reader.locale,
      organizationId: session.organizationId,
      idempotencyKey: key("caseReady", session, reader),
      props: { ...sessionProps(session, reader, appLink(sessionPath(session, "case"))), presenterName: presenter.name },
    });
  }
  return readers.length > 0;
}

/** To the presenter and the group's facilitator: the case is not ready yet. */
export async function writeCaseLate(tx: Tx, session: NoticeSession, at: Date): Promise<boolean> {
  if (await caseIsReady(tx, session)) return false;
  if (!(await claimNotice(tx, session, "caseLate", at))) return false;
  const presenter = await presenterRecipient(tx, session);
  if (!presenter) return false;
  const facilitators = (await groupRecipients(tx, session, ["facilitator"])).filter((f) => f.membershipId !== presenter.membershipId);
  const url = appLink(sessionPath(session, "case"));
  for (const [recipient, audience] of [[presenter, "presenter"] as const, ...facilitators.map((f) => [f, "facilitator"] as const)]) {
    await enqueueEmail(tx, {
      template: "codev-case-late",
      to: recipient.email,
      locale: recipient.locale,
      organizationId: session.organizationId,
      idempotencyKey: key("caseLate", session, recipient),
      props: { ...sessionProps(session, recipient, url), audience, presenterName: presenter.name },
    });
  }
  return true;
}

/** The latest session of the same series before this one that was not cancelled. */
export async function readPreviousSession(tx: Tx, session: Pick<NoticeSession, "organizationId" | "seriesId" | "startsAt">): Promise<{ id: string; startsAt: Date } | null> {
  const [row] = await tx
    .select({ id: meetings.id, startsAt: meetings.startsAt })
    .from(meetings)
    .where(and(eq(meetings.organizationId, session.organizationId), eq(meetings.seriesId, session.seriesId), lt(meetings.startsAt, session.startsAt), ne(meetings.status, "cancelled")))
    .orderBy(desc(meetings.startsAt))
    .limit(1);
  return row ?? null;
}

/** Before the next session, whoever owns open actions of the previous one is reminded of them (link). */
export async function writeActionsReminder(tx: Tx, session: NoticeSession, at: Date): Promise<boolean> {
  if (!(await claimNotice(tx, session, "actionsReminder", at))) return false;
  const previousId = (await readPreviousSession(tx, session))?.id;
  if (!previousId) return false;
  const open = await tx
    .select({ owner: codevActions.ownerMembershipId })
    .from(codevActions)
    .where(and(eq(codevActions.organizationId, session.organizationId), eq(codevActions.groupId, session.groupId), eq(codevActions.sessionId, previousId), isNull(codevActions.doneAt)));
  const counts = new Map<string, number>();
  for (const { owner } of open) if (owner) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  const owners = (await groupRecipients(tx, session)).filter((m) => counts.has(m.membershipId));
  const url = appLink(sessionPath({ groupId: session.groupId, id: previousId }, "run"));
  for (const owner of owners) {
    await enqueueEmail(tx, {
      template: "codev-actions-reminder",
      to: owner.email,
      locale: owner.locale,
      organizationId: session.organizationId,
      idempotencyKey: key("actionsReminder", session, owner),
      props: { ...sessionProps(session, owner, url), count: counts.get(owner.membershipId) ?? 1 },
    });
  }
  return owners.length > 0;
}

/** After the session, everyone who was (or may have been) there is asked for feedback (link). */
export async function writeFeedbackRequest(tx: Tx, session: NoticeSession, at: Date): Promise<boolean> {
  if (session.status === "cancelled") return false;
  if (!(await claimNotice(tx, session, "feedback", at))) return false;
  const away = await tx
    .select({ membershipId: meetingParticipants.membershipId })
    .from(meetingParticipants)
    .where(and(eq(meetingParticipants.organizationId, session.organizationId), eq(meetingParticipants.sessionId, session.id), inArray(meetingParticipants.attendance, ["absent", "excused"])));
  const skip = new Set(away.map((r) => r.membershipId));
  const recipients = (await groupRecipients(tx, session)).filter((m) => !skip.has(m.membershipId));
  const url = appLink(sessionPath(session, "feedback"));
  for (const recipient of recipients) {
    await enqueueEmail(tx, {
      template: "codev-feedback",
      to: recipient.email,
      locale: recipient.locale,
      organizationId: session.organizationId,
      idempotencyKey: key("feedback", session, recipient),
      props: sessionProps(session, recipient, url),
    });
  }
  return recipients.length > 0;
}
