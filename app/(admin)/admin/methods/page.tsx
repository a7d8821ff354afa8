import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember } from "@/lib/auth/session";
import { listMethodLibrary } from "@/lib/codevelopment/custom-methods";
import { ButtonLink } from "@/app/_components/ui/button";
import { MethodCard } from "./_components/method-card";
import { MethodDeleteDialog } from "./_components/method-delete-dialog";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("codevAdmin.library"))("title") };
}

const doneMessages = ["created", "updated", "deleted"] as const;

export default async function MethodLibraryPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const ctx = await requirePageMember("programmes.manage");
  const [t, rawLocale, library, { done }] = await Promise.all([getTranslations("codevAdmin.library"), getLocale(), listMethodLibrary(actorScopeOf(ctx)), searchParams]);
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
        <ButtonLink href="/admin/methods/new" size="sm">
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
            {library.own.map(({ id, method, usedBy }) => (
              <li key={id}>
                <MethodCard method={method} locale={locale} headingId={`method-${id}`}>
                  <p className="mt-3 text-sm text-stone-700">
                    {usedBy.length === 0 ? t("unused") : t("usedBy", { count: usedBy.length, names: usedBy.map((n) => n[locale]).join(", ") })}
                  </p>
                  <div className="mt-3 flex flex-wrap items-start gap-3">
                    <ButtonLink href={`/admin/methods/${id}`} variant="secondary" size="sm">
                      {t("edit")}
                      <span className="sr-only"> {method.name[locale]}</span>
                    </ButtonLink>
                    <MethodDeleteDialog methodId={id} name={method.name[locale]} />
                  </div>
                </MethodCard>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="builtin-heading" className="mt-10 max-w-3xl">
        <h2 id="builtin-heading" className="text-xl font-semibold">{t("builtInTitle")}</h2>
        <p className="mt-1 text-stone-700">{t("builtInIntro")}</p>
        <ul className="mt-4 space-y-4">
          {library.builtIn.map((method) => (
            <li key={method.key}>
              <MethodCard method={method} locale={locale} headingId={`method-${method.key}`} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
