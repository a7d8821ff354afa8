import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { matchCheckIns } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { assertOngoing, withPair, type Pair } from "./access";
import { readFirstMeeting, type PairMeeting } from "./first-meeting";
import type { ClosingReflectionInput, FitCheckInput } from "@/lib/mentoring/schemas";

export type CheckInView = { membershipId: string; kind: "fit" | "closing"; goodFit: boolean | null; text: string | null; createdAt: Date };

export async function readCheckIns(tx: Tx, pair: Pair): Promise<CheckInView[]> {
  return tx
    .select({ membershipId: matchCheckIns.membershipId, kind: matchCheckIns.kind, goodFit: matchCheckIns.goodFit, text: matchCheckIns.text, createdAt: matchCheckIns.createdAt })
    .from(matchCheckIns)
    .where(and(eq(matchCheckIns.organizationId, pair.organizationId), eq(matchCheckIns.matchId, pair.matchId)))
    .orderBy(matchCheckIns.createdAt);
}

/** The fit check opens once the pair's first meeting has started. */
export function isFitCheckOpen(meeting: PairMeeting | null, at: Date = now()): boolean {
  return meeting !== null && meeting.startsAt.getTime() <= at.getTime();
}

/** One answer per person and kind (the unique index decides a race); false when there already was one. */
async function insertCheckIn(tx: Tx, pair: Pair, values: { kind: "fit" | "closing"; goodFit: boolean | null; text: string | null }): Promise<boolean> {
  const inserted = await tx
    .insert(matchCheckIns)
    .values({ organizationId: pair.organizationId, matchId: pair.matchId, membershipId: pair.me.membershipId, ...values })
    .onConflictDoNothing({ target: [matchCheckIns.matchId, matchCheckIns.membershipId, matchCheckIns.kind] })
    .returning({ id: matchCheckIns.id });
  return inserted.length > 0;
}

/**
 * "Is this pairing a good fit?", answered once by each person after the first meeting. The answer stays
 * with its giver; "not a good fit" offers them a no-fault re-match (rematch.ts), which is when the
 * organisation's admins are told.
 */
export async function answerFitCheck(scope: MemberScope, { matchId, answer, text }: FitCheckInput): Promise<void> {
  await withPair(
    scope,
    matchId,
    async (tx, pair) => {
      assertOngoing(pair);
      if (!isFitCheckOpen(await readFirstMeeting(tx, pair))) throw new AppError("conflict", { message: "pair.errors.fitCheckNotYet" });
      const goodFit = answer === "goodFit";
      if (!(await insertCheckIn(tx, pair, { kind: "fit", goodFit, text }))) throw new AppError("conflict", { message: "pair.errors.alreadyAnswered" });
    },
    "share",
  );
}

/** A closing reflection, while the pair runs or after it ended (the other person may add theirs later). */
export async function addClosingReflection(scope: MemberScope, { matchId, text }: ClosingReflectionInput): Promise<void> {
  await withPair(
    scope,
    matchId,
    async (tx, pair) => {
      if (!(await insertCheckIn(tx, pair, { kind: "closing", goodFit: null, text }))) throw new AppError("conflict", { message: "pair.errors.alreadyReflected" });
    },
    "share",
  );
}

/** Used by the end of a mentorship: the reflection written with it, if any, and not twice. */
export async function insertClosingReflection(tx: Tx, pair: Pair, text: string): Promise<void> {
  await insertCheckIn(tx, pair, { kind: "closing", goodFit: null, text });
}
