import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { isLocale } from "@/lib/i18n/config";
import { z } from "zod";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember } from "@/lib/auth/session";
import { listAuditEvents, type AuditEntry } from "@/lib/insights/audit-log";
import { queryPage } from "@/lib/validation/query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("insights"))("audit.title") };
}

const querySchema = z.object({ page: queryPage(100_000) });

// Below the sm breakpoint every row becomes a card whose cells show their column name: the members page's
// .stacked-cell (app/globals.css), one class instead of ten utilities on each of the page's 200 cells.
const cell = "stacked-cell";

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requirePageMember("audit.view");
  const { page } = querySchema.parse(await searchParams);
  const [t, format, rawLocale, log] = await Promise.all([getTranslations("insights.audit"), getFormatter(), getLocale(), listAuditEvents(actorScopeOf(ctx), { page })]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const what = (entry: AuditEntry) => {
    const key = `actions.${entry.action.replace(/\./g, "_")}`;
    return t.has(key) ? t(key) : t("actions.other", { action: entry.action });
  };
  const who = (entry: AuditEntry) => entry.actorName ?? (entry.action === "account.erased" || entry.hasActor ? t("formerMember") : t("system"));
  const kind = (entry: AuditEntry) => (!entry.targetType ? t("targets.none") : t.has(`targets.${entry.targetType}`) ? t(`targets.${entry.targetType}`) : t("targets.other", { type: entry.targetType }));
  // Named where the thing has a name ("Programme “Leiderschap 2027”"); the kind alone where it is gone.
  const target = (entry: AuditEntry) => {
    const { subject, targetType } = entry;
    if (!subject || !targetType || !t.has(`subjects.${targetType}`)) return kind(entry);
    return t(`subjects.${targetType}`, { name: subject.kind === "localized" ? subject.name[locale] || subject.name.nl : subject.name });
  };
  const facts = (entry: AuditEntry) =>
    entry.facts.map((fact) => t(`facts.${fact.key}`, fact.key === "roleChanged" ? { from: t(`roles.${fact.values.from}`), to: t(`roles.${fact.values.to}`) } : fact.values)).join(" · ");
  const link = "rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:border-brand-600 hover:text-brand-700";
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 max-w-2xl text-stone-700">{t("intro")}</p>
      {log.rows.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">{t("empty")}</p>
      ) : (
        <table className="mt-6 block w-full text-left text-sm sm:table">
          <caption className="sr-only">{t("caption", { page: log.page, pageCount: log.pageCount })}</caption>
          <thead className="hidden border-b border-stone-300 sm:table-header-group">
            <tr>
              {(["when", "who", "what", "target"] as const).map((column) => (
                <th key={column} scope="col" className="px-3 py-2 font-medium text-stone-700">
                  {t(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="block space-y-3 sm:table-row-group sm:space-y-0">
            {log.rows.map((entry) => (
              <tr key={entry.id} className="stacked-row">
                <td data-label={t("when")} className={`${cell} whitespace-nowrap tabular-nums`}>
                  {format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}
                </td>
                <td data-label={t("who")} className={cell}>
                  {who(entry)}
                </td>
                <td data-label={t("what")} className={cell}>
                  {what(entry)}
                  {entry.facts.length > 0 && <span className="block text-stone-600">{facts(entry)}</span>}
                </td>
                <td data-label={t("target")} className={cell}>
                  {target(entry)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {log.pageCount > 1 && (
        <nav aria-label={t("pagination")} className="mt-6 flex flex-wrap items-center justify-between gap-3 text-sm">
          {log.page > 1 ? (
            <Link href={log.page === 2 ? "/admin/audit" : `/admin/audit?page=${log.page - 1}`} className={link} rel="prev">
              {t("previous")}
            </Link>
          ) : (
            <span />
          )}
          <span aria-current="page">{t("pageOf", { page: log.page, pageCount: log.pageCount })}</span>
          {log.page < log.pageCount ? (
            <Link href={`/admin/audit?page=${log.page + 1}`} className={link} rel="next">
              {t("next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
