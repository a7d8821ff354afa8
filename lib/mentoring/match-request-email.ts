import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { enrolments, memberships, organizations, users, type LocalizedText } from "@/db/schema";
import { enqueueEmail } from "@/lib/email/enqueue";
import { appLink } from "@/lib/env";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translate";
import type { ScoreFactor } from "@/lib/matching";
import { parseGoals } from "@/lib/mentoring/core/engine-input";
import { explainFactor } from "@/lib/mentoring/core/explain";
import { enrolmentTopics } from "@/lib/mentoring/core/topics";

export type RequestedMatch = { mentorEnrolmentId: string; menteeEnrolmentId: string; explanation: unknown };

/**
 * One match-request email per mentor for these requests, in the mentor's language, with each mentee's
 * name, topics, a goals excerpt and why they were matched. Written with the caller's transaction, so the
 * email exists only if the requests do. Used when a round is published and when a mentee is re-matched.
 */
export async function enqueueMatchRequests(
  tx: Tx,
  options: { organizationId: string; programmeName: LocalizedText; deadline: Date; requested: readonly RequestedMatch[]; idempotencyKey: (mentorEnrolmentId: string) => string },
): Promise<void> {
  const { organizationId, requested } = options;
  if (requested.length === 0) return;
  const enrolmentIds = [...new Set(requested.flatMap((m) => [m.mentorEnrolmentId, m.menteeEnrolmentId]))];
  const people = await tx
    .select({ enrolmentId: enrolments.id, answers: enrolments.answers, name: memberships.name, email: memberships.email, topics: memberships.topics, userLocale: users.locale })
    .from(enrolments)
    .innerJoin(memberships, eq(memberships.id, enrolments.membershipId))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(enrolments.organizationId, organizationId), inArray(enrolments.id, enrolmentIds)));
  const byEnrolment = new Map(people.map((p) => [p.enrolmentId, p]));
  const [organization] = await tx.select({ defaultLocale: organizations.defaultLocale, topics: organizations.topics }).from(organizations).where(eq(organizations.id, organizationId));
  for (const mentorId of new Set(requested.map((m) => m.mentorEnrolmentId))) {
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
        const topics = enrolmentTopics(mentee.answers, mentee.topics);
        return [{
          name: mentee.name,
          topics: topics.length > 0 ? topics.map(topicLabel).join(", ") : null,
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
      idempotencyKey: options.idempotencyKey(mentorId),
      props: { url: appLink("/matches"), programmeName: options.programmeName[locale], deadline: options.deadline.toISOString(), mentees },
    });
  }
}
