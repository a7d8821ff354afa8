import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { matchCheckIns, matches, memberships, organizations, users } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { enqueueEmail } from "@/lib/email/enqueue";
import { appLink } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/config";
import { rematchAfterDecline, type RematchOutcome } from "@/lib/mentoring/rematch-after-decline";
import type { RematchInput } from "@/lib/mentoring/schemas";
import { assertOngoing, withPair, type Pair } from "./access";
import { closeMatch, emailEnded } from "./end-match";

/**
 * A no-fault re-match, offered to whoever answered the fit check with "not a good fit": the pairing ends
 * (the mentor's place given back, the meetings to come cancelled), the mentee is offered the best mentor
 * still free (never one they were paired with before) exactly as after a decline, both are told that it
 * ended for a new match, and the organisation's admins are told only that a re-match was asked and whether
 * another mentor was found, never what anyone wrote. One transaction.
 */
export async function requestRematch(scope: MemberScope, { matchId }: RematchInput): Promise<RematchOutcome> {
  return withPair(
    scope,
    matchId,
    async (tx, pair) => {
      assertOngoing(pair);
      if (!(await answeredNotAGoodFit(tx, pair))) throw new AppError("conflict", { message: "pair.errors.rematchNeedsFitAnswer" });
      const [match] = await tx
        .select({ runId: matches.runId, menteeEnrolmentId: matches.menteeEnrolmentId })
        .from(matches)
        .where(and(eq(matches.id, pair.matchId), eq(matches.organizationId, pair.organizationId)));
      const at = now();
      await closeMatch(tx, pair, at);
      await emailEnded(tx, pair, "rematch");
      // A mentee who chose this mentor (self-select, no run) chooses again on the programme's page; only a
      // matching round's pair is offered the next best mentor by Kring.
      if (match.runId === null) {
        await emailAdmins(tx, pair, "chooseAgain");
        return { rematched: false, reason: "chooseAgain" };
      }
      const outcome = await rematchAfterDecline(tx, pair.organizationId, { programmeId: pair.programmeId, runId: match.runId, menteeEnrolmentId: match.menteeEnrolmentId }, at);
      await emailAdmins(tx, pair, outcome.rematched ? "requested" : "noMentor");
      return outcome;
    },
    "update",
  );
}

async function answeredNotAGoodFit(tx: Tx, pair: Pair): Promise<boolean> {
  const [row] = await tx
    .select({ goodFit: matchCheckIns.goodFit })
    .from(matchCheckIns)
    .where(and(eq(matchCheckIns.organizationId, pair.organizationId), eq(matchCheckIns.matchId, pair.matchId), eq(matchCheckIns.membershipId, pair.me.membershipId), eq(matchCheckIns.kind, "fit")));
  return row?.goodFit === false;
}

async function emailAdmins(tx: Tx, pair: Pair, outcome: "requested" | "noMentor" | "chooseAgain"): Promise<void> {
  const admins = await tx
    .select({ membershipId: memberships.id, email: memberships.email, userLocale: users.locale, organizationLocale: organizations.defaultLocale })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, pair.organizationId), eq(memberships.role, "admin"), eq(memberships.status, "active"), ne(memberships.id, pair.me.membershipId)));
  for (const admin of admins) {
    const locale = isLocale(admin.userLocale) ? admin.userLocale : admin.organizationLocale;
    await enqueueEmail(tx, {
      template: "rematch-requested",
      to: admin.email,
      locale,
      organizationId: pair.organizationId,
      idempotencyKey: `rematch-requested:${pair.matchId}:${pair.me.membershipId}:${admin.membershipId}`,
      props: { url: appLink(`/admin/programmes/${pair.programmeId}/matching`), programmeName: pair.programmeName[locale], requesterName: pair.me.name, outcome },
    });
  }
}
