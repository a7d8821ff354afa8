import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { mentoringGoals, type GoalStatus } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { toZoned } from "@/lib/scheduling/time/zoned-time";
import { assertOngoing, withPair, type Pair } from "./access";
import type { CreateGoalInput, UpdateGoalInput } from "@/lib/mentoring/schemas";

export type GoalView = {
  id: string;
  specific: string;
  measurable: string;
  achievable: string;
  relevant: string;
  dueDate: string;
  status: GoalStatus;
  progress: number;
  updatedAt: Date;
};

/** A refusal that belongs to one field of the form, so that the form can show it there. */
export type GoalResult = { ok: true; goalId: string } | { ok: false; field: "dueDate"; reason: "dueDateInPast" };

/** The pair's goals, soonest due first. */
export async function readGoals(tx: Tx, pair: Pair): Promise<GoalView[]> {
  return tx
    .select({
      id: mentoringGoals.id,
      specific: mentoringGoals.specific,
      measurable: mentoringGoals.measurable,
      achievable: mentoringGoals.achievable,
      relevant: mentoringGoals.relevant,
      dueDate: mentoringGoals.dueDate,
      status: mentoringGoals.status,
      progress: mentoringGoals.progress,
      updatedAt: mentoringGoals.updatedAt,
    })
    .from(mentoringGoals)
    .where(and(eq(mentoringGoals.organizationId, pair.organizationId), eq(mentoringGoals.matchId, pair.matchId)))
    .orderBy(asc(mentoringGoals.dueDate), asc(mentoringGoals.createdAt));
}

/** A new goal is due today or later on the actor's own calendar. */
function isPast(dueDate: string, pair: Pair): boolean {
  return dueDate < toZoned(now(), pair.me.timeZone).date;
}

/** Either person of an ongoing pair adds a goal. */
export async function createGoal(scope: MemberScope, { matchId, ...input }: CreateGoalInput): Promise<GoalResult> {
  return withPair(
    scope,
    matchId,
    async (tx, pair) => {
      assertOngoing(pair);
      if (isPast(input.dueDate, pair)) return { ok: false, field: "dueDate", reason: "dueDateInPast" };
      const [goal] = await tx
        .insert(mentoringGoals)
        .values({ ...input, organizationId: pair.organizationId, matchId: pair.matchId, createdByMembershipId: pair.me.membershipId })
        .returning({ id: mentoringGoals.id });
      return { ok: true, goalId: goal.id };
    },
    "share",
  );
}

/**
 * Either person edits a goal of their pair. A due date that moves into the past is refused, but a goal
 * already overdue keeps its date when other fields change.
 */
export async function updateGoal(scope: MemberScope, { matchId, goalId, ...input }: UpdateGoalInput): Promise<GoalResult> {
  return withPair(
    scope,
    matchId,
    async (tx, pair) => {
      assertOngoing(pair);
      const where = and(eq(mentoringGoals.id, goalId), eq(mentoringGoals.organizationId, pair.organizationId), eq(mentoringGoals.matchId, pair.matchId));
      const [current] = await tx.select({ dueDate: mentoringGoals.dueDate }).from(mentoringGoals).where(where).for("update");
      if (!current) throw new AppError("not_found");
      if (input.dueDate !== current.dueDate && isPast(input.dueDate, pair)) return { ok: false, field: "dueDate", reason: "dueDateInPast" };
      await tx.update(mentoringGoals).set(input).where(where);
      return { ok: true, goalId };
    },
    "share",
  );
}
