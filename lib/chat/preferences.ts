// No "server-only": the programme-news writer runs in requests and the worker alike.
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships, notificationPreferences, organizations, users, type ChatKind, type NoticeDelivery } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { isLocale, type AppLocale } from "@/lib/i18n/config";
import { hasChatChannel } from "./enqueue";
import type { NoticePreferencesInput } from "./schemas";

// How each kind of notice reaches a member. There is no personal chat target: an incoming webhook posts to
// a channel, which everyone in it reads, so "chat" exists only for programme news, the one kind that is the
// same for everybody (docs/chat-notifications.md). Personal notices are always email.

/** The kinds a member can choose for; programme news is the sign-up of a programme opening. */
export const preferenceNotices = ["programmeNews"] as const;
export type PreferenceNotice = (typeof preferenceNotices)[number];

/**
 * What applies to a member: without a channel, only email can deliver; with one, their choice, and "chat"
 * (no email) when they made none, since the channel already carries the news.
 */
export function effectiveDelivery(stored: NoticeDelivery | null, channel: ChatKind | null): NoticeDelivery {
  if (!channel) return "email";
  return stored ?? "chat";
}

export type NoticePreferencesView = { channel: ChatKind | null; programmeNews: NoticeDelivery };

export async function getMyNoticePreferences(scope: MemberScope): Promise<NoticePreferencesView> {
  return withActor(scope, "profile.editOwn", async (tx) => {
    const channel = (await hasChatChannel(tx, scope.organizationId))?.kind ?? null;
    const [row] = await tx
      .select({ delivery: notificationPreferences.delivery })
      .from(notificationPreferences)
      .where(and(eq(notificationPreferences.organizationId, scope.organizationId), eq(notificationPreferences.membershipId, scope.actorMembershipId), eq(notificationPreferences.notice, "programmeNews")));
    return { channel, programmeNews: effectiveDelivery(row?.delivery ?? null, channel) };
  });
}

/** The member's own choice; chat is refused when the organisation has no channel to deliver it. */
export async function saveMyNoticePreferences(scope: MemberScope, input: NoticePreferencesInput): Promise<void> {
  await withActor(scope, "profile.editOwn", async (tx) => {
    if (input.programmeNews !== "email" && !(await hasChatChannel(tx, scope.organizationId))) throw new AppError("invalid", { message: "chatNoChannel" });
    await tx
      .insert(notificationPreferences)
      .values({ organizationId: scope.organizationId, membershipId: scope.actorMembershipId, notice: "programmeNews", delivery: input.programmeNews })
      .onConflictDoUpdate({ target: [notificationPreferences.membershipId, notificationPreferences.notice], set: { delivery: input.programmeNews } });
  });
}

export type NewsRecipient = { membershipId: string; email: string; locale: AppLocale; timeZone: string };

/** The active members who get programme news by email (their choice, or no channel to read it in). */
export async function programmeNewsEmailRecipients(tx: Tx, organizationId: string): Promise<NewsRecipient[]> {
  const channel = (await hasChatChannel(tx, organizationId))?.kind ?? null;
  const rows = await tx
    .select({
      membershipId: memberships.id,
      email: memberships.email,
      memberTimeZone: memberships.timeZone,
      userLocale: users.locale,
      organizationLocale: organizations.defaultLocale,
      organizationTimeZone: organizations.timeZone,
      delivery: notificationPreferences.delivery,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .leftJoin(users, eq(users.id, memberships.userId))
    .leftJoin(
      notificationPreferences,
      and(eq(notificationPreferences.membershipId, memberships.id), eq(notificationPreferences.organizationId, organizationId), eq(notificationPreferences.notice, "programmeNews")),
    )
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.status, "active")));
  return rows
    .filter((r) => effectiveDelivery(r.delivery, channel) !== "chat")
    .map((r) => ({ membershipId: r.membershipId, email: r.email, locale: isLocale(r.userLocale) ? r.userLocale : r.organizationLocale, timeZone: r.memberTimeZone ?? r.organizationTimeZone }));
}
