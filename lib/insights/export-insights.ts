import "server-only";
import { auditEvents } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import type { AppLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translate";
import { insightsToCsv } from "./csv";
import { readInsights, type InsightsQuery } from "./read-insights";

export type InsightsExport = { filename: string; csv: string };

/**
 * The CSV of every figure on the insights page, for admins only, with the same filters. Each export is
 * written to the audit log in the same transaction: who, when, and which filters, never the figures.
 */
export async function exportInsights(scope: MemberScope, query: InsightsQuery, locale: AppLocale, options: { now?: Date } = {}): Promise<InsightsExport> {
  return withActor(scope, "insights.view", async (tx) => {
    const data = await readInsights(tx, scope.organizationId, query, options.now ?? now());
    const { filters } = data;
    await tx.insert(auditEvents).values({
      organizationId: scope.organizationId,
      actorMembershipId: scope.actorMembershipId,
      action: "insights.exported",
      targetType: "insights",
      data: { programmeId: filters.programmeId, department: filters.department, from: filters.from, to: filters.to },
    });
    const t = getTranslator(locale, "insights");
    return { filename: `${t("csv.filename")}-${filters.from}-${filters.to}.csv`, csv: insightsToCsv(data, t, locale) };
  });
}
