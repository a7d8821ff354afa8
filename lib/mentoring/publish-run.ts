import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { enrolments, matches, matchingRuns, memberships, organizations, users } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { enqueueEmail } from "@/lib/email/enqueue";
import { appLink } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translate";
import type { ScoreFactor } from "@/lib/matching";
import { parseGoals } from "./engine-input";
import { explainFactor } from "./explain";
import { lockMentoringProgramme } from "./round-input";
import { readMentoringSettings } from "./settings";

const DAY_MS = 86_400_000;

/**
 * Publishes the proposal: the run moves proposed → published only once (compare-and-swap), every pair
 * becomes a request with a deadline, and each mentor gets one email, written in this same transaction
 * (SECURITY.md rule 12) in the mentor's language. Before this, nobody has been told anything.
 */
export async function publishRun(scope: MemberScope, programmeId: string, runId: string): Promise<{ requested: number }> {
  const { organizationId } = scope;
  return withActor(scope, "programmes.manage", async (tx) => {
    const programme = await lockMentoringProgramme(tx, organizationId, programmeId);
    const published = await tx
      .update(matchingRuns)
      .set({ status: "published", publishedAt: now() })
      .where(and(eq(matchingRuns.id, runId), eq(matchingRuns.organizationId, organizationId), eq(matchingRuns.programmeId, programmeId), eq(matchingRuns.status, "proposed")))
      .returning({ id: matchingRuns.id });
    if (published.length === 0) throw new AppError("conflict", { message: "mentoring.errors.notProposed" });
    const { responseDays } = readMentoringSettings(programme.settings);
    const deadline = new Date(now().getTime() + responseDays * DAY_MS);
    const requested = await tx
      .update(matches)
      .set({ status: "requested", requestDeadline: deadline })
      .where(and(eq(matches.runId, runId), eq(matches.organizationId, organizationId), eq(matches.status, "proposed")))
      .returning();
    if (requested.length === 0) return { requested: 0 };
    const enrolmentIds = [...new Set(requested.flatMap((m) => [m.mentorEnrolmentId, m.menteeEnrolmentId]))];
    const people = await tx
      .select({ enrolmentId: enrolments.id, answers: enrolments.answers, name: memberships.name, email: memberships.email, topics: memberships.topics, userLocale: users.locale })
      .from(enrolments)
      .innerJoin(memberships, eq(memberships.id, enrolments.membershipId))
      .leftJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(enrolments.organizationId, organizationId), inArray(enrolments.id, enrolmentIds)));
    const byEnrolment = new Map(people.map((p) => [p.enrolmentId, p]));
    const [organization] = await tx.select({ defaultLocale: organizations.defaultLocale, topics: organizations.topics }).from(organizations).where(eq(organizations.id, organizationId));
    const mentorIds = [...new Set(requested.map((m) => m.mentorEnrolmentId))];
    for (const mentorId of mentorIds) {
      const mentor = byEnrolment.get(mentorId);
      if (!mentor) continue;
      const locale = isLocale(mentor.userLocale) ? mentor.userLocale : organization.defaultLocale;
      const topicLabel = (slug: string) => organization.topics.find((topic) => topic.slug === slug)?.label[locale] ?? slug;
      const context = { t: getTranslator(locale, "mentoring"), locale, topicLabel };
      const mentees = requested
        .filter((m) => m.mentorEnrolmentId === mentorId)
        .flatMap((m) => {
          const mentee = byEnrolment.get(m.menteeEnrolmentId);
          if (!mentee) return [];
          const factors = m.explanation as ScoreFactor[];
          return [{
            name: mentee.name,
            topics: mentee.topics.length > 0 ? mentee.topics.map(topicLabel).join(", ") : null,
            goals: parseGoals(mentee.answers),
            why: factors.filter((factor) => factor.effect > 0).map((factor) => explainFactor(factor, context)),
          }];
        });
      if (mentees.length === 0) continue;
      await enqueueEmail(tx, {
        template: "match-request",
        to: mentor.email,
        locale,
        organizationId,
        idempotencyKey: `match-request:${runId}:${mentorId}`,
        props: { url: appLink("/matches"), programmeName: programme.name[locale], deadline: deadline.toISOString(), mentees },
      });
    }
    return { requested: requested.length };
  });
}
