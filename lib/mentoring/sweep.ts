import { expireOverdueRequests, remindBeforeDeadline, type SweepScope } from "./deadlines";
import { remindDueGoals } from "./pair/goal-due";

export type SweepResult = { expired: number; reminded: number; goalsDue: number };

/**
 * The mentoring work that depends on the clock, run every minute by the worker (queue "mentoring.sweep"):
 * expire requests past their deadline and re-match their mentees, remind mentors whose deadline is near,
 * and tell pairs about goals that fall due. Expiry goes first, so a request is never reminded after it ran out. `at` is the clock's now; the
 * test clock (app/dev/sweep) passes a later time, and one programme, to let a deadline pass without waiting.
 */
export async function sweepMentoring(at: Date, scope: SweepScope = {}): Promise<SweepResult> {
  const expired = await expireOverdueRequests(at, scope);
  const reminded = await remindBeforeDeadline(at, scope);
  const goalsDue = await remindDueGoals(at, scope);
  return { expired, reminded, goalsDue };
}
