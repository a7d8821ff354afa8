import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { filtersToQuery } from "@/lib/insights/filters";
import type { InsightsData } from "@/lib/insights/types";
import type { AppLocale } from "@/lib/i18n/config";
import { Button } from "@/app/_components/ui/button";

const field = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2";

/** A GET form: the filters live in the address, so it works without JavaScript and links can be shared. */
export async function InsightsFilterForm({ data, locale }: { data: InsightsData; locale: AppLocale }) {
  const t = await getTranslations("insights");
  const { filters, options } = data;
  return (
    <form method="get" action="/admin/insights" aria-labelledby="filters-heading" className="mt-6 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="filters-heading" className="sr-only">
        {t("filters.heading")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <label htmlFor="insights-programme" className="block text-sm font-medium">
            {t("filters.programme")}
          </label>
          <select id="insights-programme" name="programme" defaultValue={filters.programmeId ?? ""} className={field}>
            <option value="">{t("filters.allProgrammes")}</option>
            {options.programmes.map((p) => (
              <option key={p.id} value={p.id}>
                {t("filters.programmeOption", { name: p.name[locale], status: t(`status.${p.status}`) })}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="insights-department" className="block text-sm font-medium">
            {t("filters.department")}
          </label>
          <select id="insights-department" name="department" defaultValue={filters.department ?? ""} aria-describedby="insights-department-hint" className={field}>
            <option value="">{t("filters.allDepartments")}</option>
            {options.departments.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
          <p id="insights-department-hint" className="mt-1 text-xs text-stone-600">
            {t("filters.departmentHint")}
          </p>
        </div>
        <div>
          <label htmlFor="insights-from" className="block text-sm font-medium">
            {t("filters.from")}
          </label>
          <input id="insights-from" name="from" type="date" defaultValue={filters.from} className={field} />
        </div>
        <div>
          <label htmlFor="insights-to" className="block text-sm font-medium">
            {t("filters.to")}
          </label>
          <input id="insights-to" name="to" type="date" defaultValue={filters.to} className={field} />
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
        <Button type="submit" size="sm">
          {t("filters.apply")}
        </Button>
        <Link href="/admin/insights" className="text-sm text-brand-700 underline">
          {t("filters.reset")}
        </Link>
        <a href={`/admin/insights/export?${filtersToQuery(filters)}`} download className="text-sm text-brand-700 underline sm:ml-auto">
          {t("filters.export")}
        </a>
      </div>
    </form>
  );
}
