import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { enrolments, matches, memberships, organizations, programmes, users, type LocalizedText } from "@/db/schema";
import { enqueueEmail } from "@/lib/email/enqueue";
import { appLink } from "@/lib/env";
import { isLocale, type AppLocale } from "@/lib/i18n/config";
import { topMentorsFor } from "@/lib/mentoring/core/best-mentor";
import { rematchAfterDecline, type RematchOutcome } from "./rematch-after-decline";
import { loadRoundInput } from "./round-input";

export type LostCause = "declined" | "expired";

/** A request that ended without an answer that helps the mentee: the mentor declined or let it run out. */
export type LostRequest = { id: string; programmeId: string; runId: string | null; menteeEnrolmentId: string };

/**
 * After a decline or a passed deadline, in the caller's transaction: the mentee is offered the best mentor
 * still available (a new request and a match-request email to that mentor), and is told so; a mentee who
 * chose the mentor themselves (self-select) is asked to choose again instead. When no mentor is left, the
 * mentee hears that the programme team is looking and every admin gets a "no mentor left" email. A mentee
 * who meanwhile has another live request or an accepted mentor is left alone.
 */
export async function replaceLostRequest(tx: Tx, organizationId: string, lost: LostRequest, cause: LostCause, at: Date): Promise<RematchOutcome> {
  const [live] = await tx
    .select({ id: matches.id })
    .from(matches)
    .where(
      and(
        eq(matches.organizationId, organizationId),
        eq(matches.programmeId, lost.programmeId),
        eq(matches.menteeEnrolmentId, lost.menteeEnrolmentId),
        inArray(matches.status, ["requested", "accepted"]),
      ),
    )
    .limit(1);
  if (live) return { rematched: false, reason: "alreadyMatched" };
  const mentee = await readMentee(tx, organizationId, lost.menteeEnrolmentId);
  // A mentee who chose this mentor (self-select, no run) chooses again among fresh suggestions.
  if (lost.runId === null && mentee && (await hasSuggestions(tx, organizationId, lost))) {
    await emailMentee(tx, organizationId, lost, mentee, { cause, outcome: "chooseAgain", mentorName: null, url: appLink(`/programmes/${lost.programmeId}`) });
    return { rematched: false, reason: "chooseAgain" };
  }
  const outcome = lost.runId === null ? ({ rematched: false, reason: "noSuggestion" } as const) : await rematchAfterDecline(tx, organizationId, lost, at);
  if (!mentee) return outcome;
  const mentorName = outcome.rematched ? await mentorNameOf(tx, organizationId, outcome.matchId) : null;
  await emailMentee(tx, organizationId, lost, mentee, { cause, outcome: mentorName ? "rematched" : "waiting", mentorName, url: appLink("/matches") });
  if (!outcome.rematched) await emailAdmins(tx, organizationId, lost, cause, mentee.name);
  return outcome;
}

type Mentee = NonNullable<Awaited<ReturnType<typeof readMentee>>>;

async function emailMentee(
  tx: Tx,
  organizationId: string,
  lost: LostRequest,
  mentee: Mentee,
  props: { cause: LostCause; outcome: "rematched" | "waiting" | "chooseAgain"; mentorName: string | null; url: string },
) {
  await enqueueEmail(tx, {
    template: "match-rematched",
    to: mentee.email,
    locale: mentee.locale,
    organizationId,
    idempotencyKey: `match-rematched:${lost.id}`,
    props: { ...props, programmeName: mentee.programmeName[mentee.locale] },
  });
}

async function hasSuggestions(tx: Tx, organizationId: string, lost: LostRequest): Promise<boolean> {
  const [programme] = await tx.select().from(programmes).where(and(eq(programmes.id, lost.programmeId), eq(programmes.organizationId, organizationId)));
  if (!programme) return false;
  const { input, settings } = await loadRoundInput(tx, organizationId, programme);
  const menteeMembershipId = [...input.menteeEnrolmentOf].find(([, enrolmentId]) => enrolmentId === lost.menteeEnrolmentId)?.[0];
  return menteeMembershipId !== undefined && topMentorsFor(input, settings.criteria, menteeMembershipId, 1).length > 0;
}

async function readMentee(tx: Tx, organizationId: string, enrolmentId: string) {
  const [row] = await tx
    .select({ name: memberships.name, email: memberships.email, userLocale: users.locale, defaultLocale: organizations.defaultLocale, programmeId: enrolments.programmeId })
    .from(enrolments)
    .innerJoin(memberships, eq(memberships.id, enrolments.membershipId))
    .innerJoin(organizations, eq(organizations.id, enrolments.organizationId))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(enrolments.id, enrolmentId), eq(enrolments.organizationId, organizationId)));
  if (!row) return null;
  const programmeName = await programmeNameOf(tx, organizationId, row.programmeId);
  return { name: row.name, email: row.email, locale: localeOf(row.userLocale, row.defaultLocale), programmeName };
}

async function programmeNameOf(tx: Tx, organizationId: string, programmeId: string): Promise<LocalizedText> {
  const [row] = await tx.select({ name: programmes.name }).from(programmes).where(and(eq(programmes.id, programmeId), eq(programmes.organizationId, organizationId)));
  return row.name;
}

async function mentorNameOf(tx: Tx, organizationId: string, matchId: string): Promise<string | null> {
  const [row] = await tx
    .select({ name: memberships.name })
    .from(matches)
    .innerJoin(enrolments, eq(enrolments.id, matches.mentorEnrolmentId))
    .innerJoin(memberships, eq(memberships.id, enrolments.membershipId))
    .where(and(eq(matches.id, matchId), eq(matches.organizationId, organizationId)));
  return row?.name ?? null;
}

function localeOf(userLocale: string | null, defaultLocale: AppLocale): AppLocale {
  return isLocale(userLocale) ? userLocale : defaultLocale;
}

async function emailAdmins(tx: Tx, organizationId: string, lost: LostRequest, cause: LostCause, menteeName: string) {
  const programmeName = await programmeNameOf(tx, organizationId, lost.programmeId);
  const admins = await tx
    .select({ id: memberships.id, email: memberships.email, userLocale: users.locale, defaultLocale: organizations.defaultLocale })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.role, "admin"), eq(memberships.status, "active")));
  for (const admin of admins) {
    const locale = localeOf(admin.userLocale, admin.defaultLocale);
    await enqueueEmail(tx, {
      template: "no-mentor-left",
      to: admin.email,
      locale,
      organizationId,
      idempotencyKey: `no-mentor-left:${lost.id}:${admin.id}`,
      props: { url: appLink(`/admin/programmes/${lost.programmeId}/matching`), programmeName: programmeName[locale], cause, menteeName },
    });
  }
}
