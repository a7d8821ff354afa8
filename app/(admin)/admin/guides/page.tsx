import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember } from "@/lib/auth/session";
import { listGuideLibrary } from "@/lib/conversations/own-guides";
import { ButtonLink } from "@/app/_components/ui/button";
import { GuideCard } from "./_components/guide-card";
import { GuideDeleteDialog } from "./_components/guide-delete-dialog";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("guides.library"))("title") };
}

const doneMessages = ["created", "updated", "deleted"] as const;

export default async function GuideLibraryPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const ctx = await requirePageMember("programmes.manage");
  const [t, rawLocale, library, { done }] = await Promise.all([getTranslations("guides.library"), getLocale(), listGuideLibrary(actorScopeOf(ctx)), searchParams]);
  const locale = rawLocale === "en" ? "en" : "nl";
  const doneKey = doneMessages.find((d) => d === done);
  return (
    <>
      <Link href="/admin/programmes" className="text-sm text-brand-700 underline">{t("backToProgrammes")}</Link>
      <div className="mt-2 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-2 max-w-2xl text-stone-700">{t("intro")}</p>
        </div>
        <ButtonLink href="/admin/guides/new" size="sm">
          {t("newLink")}
        </ButtonLink>
      </div>
      <p role="status" className="mt-3 empty:hidden">
        {doneKey && <span className="block rounded-md bg-brand-50 px-3 py-2 text-brand-900">{t(`done.${doneKey}`)}</span>}
      </p>
      <section aria-labelledby="own-heading" className="mt-8 max-w-3xl">
        <h2 id="own-heading" className="text-xl font-semibold">{t("ownTitle")}</h2>
        <p className="mt-1 text-stone-700">{t("ownIntro")}</p>
        {library.own.length === 0 ? (
          <p className="mt-4 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">{t("ownEmpty")}</p>
        ) : (
          <ul className="mt-4 space-y-4">
            {library.own.map(({ id, guide }) => (
              <li key={id}>
                <GuideCard guide={guide} locale={locale} headingId={`guide-${id}`}>
                  <div className="mt-3 flex flex-wrap items-start gap-3">
                    <ButtonLink href={`/admin/guides/${id}`} variant="secondary" size="sm">
                      {t("edit")}
                      <span className="sr-only"> {guide.name[locale]}</span>
                    </ButtonLink>
                    <GuideDeleteDialog guideId={id} name={guide.name[locale]} />
                  </div>
                </GuideCard>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="builtin-heading" className="mt-10 max-w-3xl">
        <h2 id="builtin-heading" className="text-xl font-semibold">{t("builtInTitle")}</h2>
        <p className="mt-1 text-stone-700">{t("builtInIntro")}</p>
        <ul className="mt-4 space-y-4">
          {library.builtIn.map((guide) => (
            <li key={guide.key}>
              <GuideCard guide={guide} locale={locale} headingId={`guide-${guide.key}`}>
                <div className="mt-3">
                  <ButtonLink href={`/admin/guides/new?from=${guide.key}`} variant="secondary" size="sm">
                    {t("copy")}
                    <span className="sr-only"> {guide.name[locale]}</span>
                  </ButtonLink>
                </div>
              </GuideCard>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
