import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { conversations } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { enqueueEmail } from "@/lib/email/enqueue";
import { appLink } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { nextStep, pauseRunner, previousStep, resumeRunner, startRunner, type RunnerClock } from "@/lib/scheduling/time/runner-clock";
import { assertOpen, withConversation, type HeldConversation } from "./access";
import { runnerSteps } from "./core/conversation-steps";
import type { MoveConversationStepInput } from "./schemas";

// The conversation's runner: the clock is pure (lib/scheduling/time/runner-clock.ts) and stored on the
// conversation, so that both screens (the two people's phones, a shared screen) show the same step and
// time. Either of the two presses the buttons; each change locks the conversation's row, so that two
// presses apply one after the other.

type Ref = { conversationId: string };

const whereOwn = (c: Pick<HeldConversation, "id" | "organizationId">) => and(eq(conversations.id, c.id), eq(conversations.organizationId, c.organizationId));

async function saveClock(tx: Tx, conversation: HeldConversation, clock: RunnerClock): Promise<void> {
  await tx.update(conversations).set({ clock }).where(whereOwn(conversation));
}

/** Starts a planned conversation at its first step; one already running is left as it is. */
export async function beginConversation(scope: MemberScope, ref: Ref): Promise<void> {
  await withConversation(
    scope,
    ref.conversationId,
    async (tx, conversation) => {
      assertOpen(conversation);
      if (conversation.status === "running") return;
      const at = now();
      await tx.update(conversations).set({ status: "running", clock: startRunner(at.getTime()), startedAt: at }).where(whereOwn(conversation));
    },
    { lock: true },
  );
}

/** One change of a running conversation's clock, under the row's lock. */
async function changeClock(scope: MemberScope, ref: Ref, change: (clock: RunnerClock, conversation: HeldConversation, at: number) => RunnerClock): Promise<void> {
  await withConversation(
    scope,
    ref.conversationId,
    async (tx, conversation) => {
      assertOpen(conversation);
      if (conversation.status !== "running" || !conversation.clock) throw new AppError("conflict", { message: "conversations.errors.notStarted" });
      const clock = change(conversation.clock, conversation, now().getTime());
      if (clock !== conversation.clock) await saveClock(tx, conversation, clock);
    },
    { lock: true },
  );
}

/** Next or back, from the step the screen showed; the closing step is the last one. */
export async function moveConversationStep(scope: MemberScope, input: MoveConversationStepInput): Promise<void> {
  await changeClock(scope, input, (clock, conversation, at) => {
    if (clock.stepIndex !== input.fromStep) return clock;
    return input.direction === "next" ? nextStep(clock, runnerSteps(conversation.guide).length, at) : previousStep(clock, at);
  });
}

export async function pauseConversation(scope: MemberScope, ref: Ref): Promise<void> {
  await changeClock(scope, ref, (clock, _conversation, at) => pauseRunner(clock, at));
}

export async function resumeConversation(scope: MemberScope, ref: Ref): Promise<void> {
  await changeClock(scope, ref, (clock, _conversation, at) => resumeRunner(clock, at));
}

/**
 * Calls off a conversation that is not closed yet (planned by mistake, or started and not held): nothing
 * was recorded, so it goes. A closed one keeps its record. When the other person was emailed that it was
 * planned, they are told it is off, in their language, in the same transaction.
 */
export async function discardConversation(scope: MemberScope, ref: Ref): Promise<{ matchId: string | null }> {
  return withConversation(
    scope,
    ref.conversationId,
    async (tx, conversation) => {
      assertOpen(conversation);
      await tx.delete(conversations).where(and(whereOwn(conversation), ne(conversations.status, "closed")));
      if (conversation.announcedAt && conversation.status === "planned") {
        const reader = conversation.other;
        await enqueueEmail(tx, {
          template: "conversation-called-off",
          to: reader.email,
          locale: reader.locale,
          organizationId: conversation.organizationId,
          idempotencyKey: `conversation-called-off:${conversation.id}`,
          props: {
            url: appLink(conversation.matchId ? `/matches/${conversation.matchId}` : "/team"),
            context: conversation.context,
            name: conversation.me.name,
            guideName: conversation.guide.name[reader.locale],
            plannedOn: conversation.plannedOn,
          },
        });
      }
      return { matchId: conversation.matchId };
    },
    { lock: true },
  );
}
