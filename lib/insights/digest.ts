import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, organizations, users } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { enqueueEmail } from "@/lib/email/enqueue";
import { appLink } from "@/lib/env";
import { isLocale } from "@/lib/i18n/config";
import { DIGEST_ITEMS_PER_KIND, type InsightsDigestProps } from "./email-template";
import { readNudges } from "./read-nudges";
import type { Nudge, NudgeList } from "./types";

// No "server-only": the job worker runs this (queue "insights.digest").

/** The ISO week of `at` ("2027-W09"): one digest per admin per week, whatever the retries. */
export function isoWeek(at: Date): string {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  day.setUTCDate(day.getUTCDate() + 4 - (day.getUTCDay() || 7));
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

function itemUrl(nudge: Nudge): string {
  const programme = `/admin/programmes/${nudge.programmeId}`;
  return appLink(nudge.kind === "pairWithoutSession" || nudge.kind === "requestExpiring" ? `${programme}/matching` : programme);
}

function sectionsFor(nudges: NudgeList, locale: "nl" | "en"): InsightsDigestProps["sections"] {
  return nudges
    .filter((kind) => kind.total > 0)
    .map((kind) => ({
      kind: kind.kind,
      total: kind.total,
      items: kind.items.slice(0, DIGEST_ITEMS_PER_KIND).map((n) => ({
        names: n.names,
        programme: n.programmeName[locale],
        groupNumber: n.groupNumber,
        at: n.at?.toISOString() ?? null,
        rate: n.rate,
        url: itemUrl(n),
      })),
    }));
}

export type DigestResult = { organizations: number; emails: number };

/**
 * Writes this week's programme-health digest for every organisation with something that stalls, one email
 * per active admin in their language. An organisation where nothing stalls gets no email. Each
 * organisation is read in its own tenant transaction, which also writes its emails.
 */
export async function sendInsightsDigests(at: Date, scope: { organizationId?: string } = {}): Promise<DigestResult> {
  const orgs = await getDb()
    .select({ id: organizations.id })
    .from(organizations)
    .where(scope.organizationId ? eq(organizations.id, scope.organizationId) : sql`exists (select 1 from memberships m where m.organization_id = ${organizations.id} and m.role = 'admin' and m.status = 'active')`);
  const week = isoWeek(at);
  const result: DigestResult = { organizations: 0, emails: 0 };
  for (const { id: organizationId } of orgs) {
    const written = await withTenant({ organizationId }, async (tx) => {
      const nudges = await readNudges(tx, { organizationId, now: at });
      if (nudges.every((kind) => kind.total === 0)) return 0;
      const [org] = await tx.select({ name: organizations.name, defaultLocale: organizations.defaultLocale, timeZone: organizations.timeZone }).from(organizations).where(eq(organizations.id, organizationId));
      const admins = await tx
        .select({ id: memberships.id, email: memberships.email, userLocale: users.locale })
        .from(memberships)
        .leftJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.organizationId, organizationId), eq(memberships.role, "admin"), eq(memberships.status, "active")));
      let count = 0;
      for (const admin of admins) {
        const locale = isLocale(admin.userLocale) ? admin.userLocale : org.defaultLocale;
        const id = await enqueueEmail(tx, {
          template: "insights-digest",
          to: admin.email,
          locale,
          organizationId,
          idempotencyKey: `insights-digest:${admin.id}:${week}`,
          props: { url: appLink("/admin/insights"), organizationName: org.name, timeZone: org.timeZone, sections: sectionsFor(nudges, locale) },
        });
        if (id) count += 1;
      }
      return count;
    });
    if (written > 0) result.organizations += 1;
    result.emails += written;
  }
  return result;
}
