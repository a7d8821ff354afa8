import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ProgrammeCard } from "@/lib/programmes/queries";
import { isLocale } from "@/lib/i18n/config";

export async function ProgrammeList({ programmes }: { programmes: ProgrammeCard[] }) {
  const [t, format, rawLocale] = await Promise.all([getTranslations("programmes"), getFormatter(), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  if (programmes.length === 0) {
    return <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">{t("empty")}</p>;
  }
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {programmes.map((p) => (
        <li key={p.id} className="flex flex-col rounded-lg border border-stone-200 bg-white p-5">
          <p className="text-xs font-medium uppercase tracking-wide text-brand-700">{t(`kind.${p.kind}`)}</p>
          <h3 className="mt-1 text-lg font-semibold">
            <Link href={`/programmes/${p.id}`} className="hover:text-brand-700 hover:underline">{p.name[locale]}</Link>
          </h3>
          <p className="mt-2 flex-1 text-sm text-stone-700">{p.description[locale]}</p>
          <dl className="mt-4 grid grid-cols-2 gap-2 text-sm">
            <div>
              <dt className="text-stone-600">{t("signupCloses")}</dt>
              <dd className="font-medium">{p.signupClosesAt ? format.dateTime(p.signupClosesAt, { dateStyle: "medium" }) : "—"}</dd>
            </div>
            <div>
              <dt className="text-stone-600">{t("enrolled")}</dt>
              <dd className="font-medium">{p.enrolled}</dd>
            </div>
          </dl>
          {p.myRoles.length > 0 && (
            <p className="mt-3 rounded bg-brand-50 px-2 py-1 text-sm text-brand-900">
              {t("youAre", { roles: p.myRoles.map((r) => t(`role.${r}`)).join(", ") })}
            </p>
          )}
          {/* The visible words stay in the link's name (WCAG 2.5.3); the programme's name is added for screen readers. */}
          <Link href={`/programmes/${p.id}`} className="mt-4 self-start text-sm font-medium text-brand-700 underline">
            {t("view")}
            <span className="sr-only"> {p.name[locale]}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
