import "server-only";
import { and, eq } from "drizzle-orm";
import { codevTurnSwaps, meetings } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { isOpenSession, withGroup } from "./group-scope";
import type { RequestTurnSwapInput, RespondTurnSwapInput } from "@/lib/codevelopment/schemas";
import { enqueueTurnSwapRequest } from "./notify";
import { cancelSwapsOn } from "./rotation-edit";

/**
 * A participant asks the presenter of another open session to swap turns: their own open turn for the
 * other's. The other gets an email and answers on the group page; nothing changes until they accept.
 */
export async function requestTurnSwap(scope: MemberScope, input: RequestTurnSwapInput): Promise<{ swapId: string }> {
  return withGroup(
    scope,
    input.groupId,
    async (tx, group) => {
      if (group.role !== "participant") throw new AppError("forbidden");
      const at = now();
      const mine = group.sessions.find((s) => s.id === input.mySessionId);
      const theirs = group.sessions.find((s) => s.id === input.partnerSessionId);
      if (!mine || !theirs) throw new AppError("not_found");
      if (mine.casePresenterMembershipId !== group.membershipId) throw new AppError("invalid", { message: "codevGroups.errors.notYourTurn" });
      const partner = group.people.find((p) => p.membershipId === theirs.casePresenterMembershipId && p.role === "participant");
      if (!partner || partner.membershipId === group.membershipId) throw new AppError("invalid", { message: "codevGroups.errors.noPartner" });
      if (!isOpenSession(mine, at) || !isOpenSession(theirs, at)) throw new AppError("conflict", { message: "codevGroups.errors.sessionClosed" });
      const [existing] = await tx
        .select({ id: codevTurnSwaps.id })
        .from(codevTurnSwaps)
        .where(
          and(
            eq(codevTurnSwaps.organizationId, scope.organizationId),
            eq(codevTurnSwaps.groupId, input.groupId),
            eq(codevTurnSwaps.requesterSessionId, mine.id),
            eq(codevTurnSwaps.partnerSessionId, theirs.id),
            eq(codevTurnSwaps.status, "requested"),
          ),
        )
        .limit(1);
      if (existing) throw new AppError("conflict", { message: "codevGroups.errors.swapPending" });
      const [swap] = await tx
        .insert(codevTurnSwaps)
        .values({
          organizationId: scope.organizationId,
          groupId: input.groupId,
          requesterMembershipId: group.membershipId,
          requesterSessionId: mine.id,
          partnerMembershipId: partner.membershipId,
          partnerSessionId: theirs.id,
        })
        .returning({ id: codevTurnSwaps.id });
      const me = group.people.find((p) => p.membershipId === group.membershipId)!;
      await enqueueTurnSwapRequest(tx, {
        organizationId: scope.organizationId,
        groupId: input.groupId,
        swapId: swap.id,
        number: group.group.number,
        requesterName: me.name,
        partnerMembershipId: partner.membershipId,
        partnerSessionAt: theirs.startsAt,
        requesterSessionAt: mine.startsAt,
      });
      return { swapId: swap.id };
    },
    { lock: true },
  );
}

/**
 * The member asked answers. Accepting swaps both sessions' presenters in this transaction — only when both
 * turns are still open and still theirs — and withdraws other requests on those two sessions.
 */
export async function respondTurnSwap(scope: MemberScope, input: RespondTurnSwapInput): Promise<{ status: "accepted" | "declined" }> {
  return withGroup(
    scope,
    input.groupId,
    async (tx, group) => {
      const { organizationId } = scope;
      const [swap] = await tx
        .select()
        .from(codevTurnSwaps)
        .where(and(eq(codevTurnSwaps.id, input.swapId), eq(codevTurnSwaps.organizationId, organizationId), eq(codevTurnSwaps.groupId, input.groupId), eq(codevTurnSwaps.partnerMembershipId, group.membershipId)));
      if (!swap) throw new AppError("not_found");
      const status = input.answer === "accept" ? "accepted" : "declined";
      const answered = await tx
        .update(codevTurnSwaps)
        .set({ status, respondedAt: now() })
        .where(and(eq(codevTurnSwaps.id, swap.id), eq(codevTurnSwaps.status, "requested")))
        .returning({ id: codevTurnSwaps.id });
      if (answered.length === 0) throw new AppError("conflict", { message: "codevGroups.errors.swapGone" });
      if (status === "declined") return { status };
      const at = now();
      const theirs = group.sessions.find((s) => s.id === swap.requesterSessionId);
      const mine = group.sessions.find((s) => s.id === swap.partnerSessionId);
      const stillValid =
        theirs && mine && theirs.casePresenterMembershipId === swap.requesterMembershipId && mine.casePresenterMembershipId === swap.partnerMembershipId && isOpenSession(theirs, at) && isOpenSession(mine, at);
      if (!stillValid) throw new AppError("conflict", { message: "codevGroups.errors.swapStale" });
      await tx.update(meetings).set({ casePresenterMembershipId: swap.partnerMembershipId }).where(and(eq(meetings.id, theirs.id), eq(meetings.organizationId, organizationId)));
      await tx.update(meetings).set({ casePresenterMembershipId: swap.requesterMembershipId }).where(and(eq(meetings.id, mine.id), eq(meetings.organizationId, organizationId)));
      await cancelSwapsOn(tx, organizationId, input.groupId, [theirs.id, mine.id]);
      return { status };
    },
    { lock: true },
  );
}
