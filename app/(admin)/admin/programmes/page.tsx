import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { listProgrammesForAdmin } from "@/lib/programmes/admin";
import { ButtonLink } from "@/app/_components/ui/button";
import { ProgrammeStatusBadge } from "./_components/programme-status-badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programmesAdmin"))("title") };
}

export default async function AdminProgrammesPage() {
  const ctx = await requirePageMember("programmes.manage");
  const [t, format, rawLocale, rows] = await Promise.all([getTranslations("programmesAdmin"), getFormatter(), getLocale(), listProgrammesForAdmin(actorScopeOf(ctx))]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const date = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium" }) : "—");
  const link = "text-brand-700 underline hover:text-brand-900";
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-2 max-w-2xl text-stone-700">{t("intro")}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href="/admin/programmes/new" size="sm">
            {t("newLink")}
          </ButtonLink>
          <ButtonLink href="/admin/programmes/new/codevelopment" size="sm">
            {t("newCodevLink")}
          </ButtonLink>
          <ButtonLink href="/admin/methods" variant="secondary" size="sm">
            {t("methodsLink")}
          </ButtonLink>
          <ButtonLink href="/admin/guides" variant="secondary" size="sm">
            {t("guidesLink")}
          </ButtonLink>
        </div>
      </div>
      {rows.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">{t("empty")}</p>
      ) : (
        <ul className="mt-6 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {rows.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center gap-x-6 gap-y-2 p-4">
              <div className="min-w-0 flex-1 basis-64">
                <p className="text-xs font-medium uppercase tracking-wide text-brand-700">{t(`kind.${p.kind}`)}</p>
                <h2 className="font-semibold">{p.name[locale]}</h2>
                <p className="text-sm text-stone-700">
                  {t("window", { opens: date(p.signupOpensAt), closes: date(p.signupClosesAt) })} · {t("enrolled", { count: p.enrolled })}
                </p>
              </div>
              <ProgrammeStatusBadge status={p.status} kind={p.kind} />
              <div className="flex gap-4 text-sm">
                <Link href={`/admin/programmes/${p.id}`} className={link} aria-label={t("manageFor", { name: p.name[locale] })}>
                  {t("manage")}
                </Link>
                {p.kind === "mentoring" && (
                  <Link href={`/admin/programmes/${p.id}/matching`} className={link} aria-label={t("matchingFor", { name: p.name[locale] })}>
                    {t("matching")}
                  </Link>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
