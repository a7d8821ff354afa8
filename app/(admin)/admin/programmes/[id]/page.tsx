import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { listMethodChoices } from "@/lib/codevelopment/custom-methods";
import { getProgrammeForAdmin } from "@/lib/registry/programme-kinds";
import { uuidSegmentOrNotFound } from "@/lib/routing/segment";
import { getFormationReadiness } from "@/lib/codevelopment/formation/readiness";
import { CodevProgrammeSections } from "../_components/codev-programme-sections";
import { FormationWarnings } from "../_components/formation-warnings";
import { ProgrammeForm } from "../_components/programme-form";
import { ProgrammeStatusBadge } from "../_components/programme-status-badge";
import { ProgrammeStatusButtons } from "../_components/programme-status-buttons";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programmesAdmin"))("editTitle") };
}

export default async function AdminProgrammePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const ctx = await requirePageMember("programmes.manage");
  // Not a uuid: the same answer as an id of another organisation.
  const id = uuidSegmentOrNotFound((await params).id);
  const scope = actorScopeOf(ctx);
  const [t, tc, rawLocale, programme, { created }] = await Promise.all([getTranslations("programmesAdmin"), getTranslations("codevAdmin"), getLocale(), getProgrammeForAdmin(scope, id), searchParams]);
  if (!programme) notFound();
  const codev = programme.kind === "codevelopment";
  const [methods, warnings] = codev ? await Promise.all([listMethodChoices(scope), getFormationReadiness(scope, id)]) : [[], []];
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  return (
    <>
      <Link href="/admin/programmes" className="text-sm text-brand-700 underline">{t("backToList")}</Link>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{programme.name[locale]}</h1>
        <ProgrammeStatusBadge status={programme.status} kind={programme.kind} />
      </div>
      {created && <p role="status" className="mt-3 rounded-md bg-brand-50 px-3 py-2 text-brand-900">{t("created")}</p>}
      <p className="mt-2 max-w-2xl text-stone-700">{codev ? tc(`statusHelp.${programme.status}`) : t(`statusHelp.${programme.status}`)}</p>
      <section aria-labelledby="status-heading" className="mt-4">
        <h2 id="status-heading" className="sr-only">{t("statusHeading")}</h2>
        <ProgrammeStatusButtons programmeId={programme.id} status={programme.status} />
        {programme.kind === "mentoring" && (
          <Link href={`/admin/programmes/${programme.id}/matching`} className="mt-2 inline-block text-brand-700 underline">{t("matchingLink")}</Link>
        )}
        {programme.kind === "codevelopment" && (
          <Link href={`/admin/programmes/${programme.id}/groups`} className="mt-2 inline-block text-brand-700 underline">{(await getTranslations("codevGroups"))("admin.formLink")}</Link>
        )}
        <Link href={`/admin/programmes/${programme.id}/track`} className="mt-2 ml-4 inline-block text-brand-700 underline">{(await getTranslations("tracks.admin"))("link")}</Link>
        {codev && <FormationWarnings programmeId={programme.id} warnings={warnings} />}
      </section>
      {programme.kind === "codevelopment" ? (
        <CodevProgrammeSections programme={programme} methods={methods} />
      ) : (
        <section aria-labelledby="edit-heading" className="mt-8">
          <h2 id="edit-heading" className="text-xl font-semibold">{t("editTitle")}</h2>
          {programme.status === "closed" ? (
            <p className="mt-2 text-stone-700">{t("archivedReadOnly")}</p>
          ) : (
            <ProgrammeForm
              programmeId={programme.id}
              initial={{
                nameNl: programme.name.nl,
                nameEn: programme.name.en,
                descriptionNl: programme.description.nl,
                descriptionEn: programme.description.en,
                opens: programme.opens ?? "",
                closes: programme.closes ?? "",
                ...programme.settings,
              }}
            />
          )}
        </section>
      )}
    </>
  );
}
