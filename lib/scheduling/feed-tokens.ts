import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { calendarFeedTokens } from "@/db/schema";
import { now } from "@/lib/clock";
import { createFeedToken, feedUrl } from "./feed-token";
import { withActor, type Actor, type MemberScope } from "@/lib/auth/actor";

export type FeedStatus = { active: boolean; createdAt: Date | null };

async function revokeActive(tx: Tx, actor: Actor): Promise<number> {
  const revoked = await tx
    .update(calendarFeedTokens)
    .set({ revokedAt: now() })
    .where(and(eq(calendarFeedTokens.organizationId, actor.organizationId), eq(calendarFeedTokens.membershipId, actor.membershipId), isNull(calendarFeedTokens.revokedAt)))
    .returning({ id: calendarFeedTokens.id });
  return revoked.length;
}

/** Whether the signed-in member has a working feed link (the link itself cannot be shown again). */
export async function getFeedStatus(scope: MemberScope): Promise<FeedStatus> {
  return withActor(scope, "sessions.view", async (tx, actor) => {
    const [row] = await tx
      .select({ createdAt: calendarFeedTokens.createdAt })
      .from(calendarFeedTokens)
      .where(and(eq(calendarFeedTokens.organizationId, actor.organizationId), eq(calendarFeedTokens.membershipId, actor.membershipId), isNull(calendarFeedTokens.revokedAt)))
      .orderBy(desc(calendarFeedTokens.createdAt))
      .limit(1);
    return { active: Boolean(row), createdAt: row?.createdAt ?? null };
  });
}

/**
 * A new feed link for the signed-in member; any older link stops working at once, so a link shared by
 * mistake is undone by making a new one. The URL is returned once and stored only as a hash.
 */
export async function issueFeedLink(scope: MemberScope): Promise<{ url: string }> {
  return withActor(scope, "sessions.view", async (tx, actor) => {
    await revokeActive(tx, actor);
    const { token, tokenHash } = createFeedToken();
    await tx.insert(calendarFeedTokens).values({ organizationId: actor.organizationId, membershipId: actor.membershipId, tokenHash });
    return { url: feedUrl(token) };
  });
}

/** Stops every feed link of the signed-in member; returns how many were working. */
export async function revokeFeedLinks(scope: MemberScope): Promise<number> {
  return withActor(scope, "sessions.view", (tx, actor) => revokeActive(tx, actor));
}
