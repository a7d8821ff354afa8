import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember, type MemberContext } from "@/lib/auth/session";
import { getFormationView, type FormationView } from "@/lib/codevelopment/formation/queries";
import { explainReason, languageLabel, slotLabel } from "@/lib/codevelopment/core/formation-wording";
import { isLocale } from "@/lib/i18n/config";
import { uuidSegmentOrNotFound } from "@/lib/routing/segment";
import { loadOrNotFound } from "@/lib/auth/page";
import { GroupsControls } from "./_components/groups-controls";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("codevGroups"))("admin.title") };
}

/** Another organisation's programme, a mentoring programme or a malformed id: the same answer, not found. */
function loadView(ctx: MemberContext, programmeId: string): Promise<FormationView> {
  return loadOrNotFound(() => getFormationView(actorScopeOf(ctx), programmeId));
}

export default async function GroupFormationPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageMember("programmes.manage");
  const id = uuidSegmentOrNotFound((await params).id);
  const view = await loadView(ctx, id);
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const t = await getTranslations("codevGroups");
  const percent = new Intl.NumberFormat(locale, { style: "percent" });
  const { figures, settings } = view;
  const department = (name: string | null) => name || t("noDepartment");
  return (
    <>
      <Link href={`/admin/programmes/${id}`} className="text-sm text-brand-700 underline">
        {t("admin.back")}
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">
        {t("admin.title")} · {view.programme.name[locale]}
      </h1>
      <p className="mt-2 max-w-2xl text-stone-700">{t("admin.intro")}</p>
      <p className="mt-1 max-w-2xl text-sm text-stone-600">
        {t("admin.settings", { min: settings.groupSizeMin, max: settings.groupSizeMax, weeks: settings.cadenceWeeks, minutes: settings.sessionMinutes, zone: view.timeZone })}
      </p>
      {view.status !== "none" && (
        <dl className="mt-6 grid gap-3 sm:grid-cols-3">
          {[
            [t("admin.figures.placed"), t("admin.figures.placedValue", { placed: figures.placed, total: figures.participants, share: percent.format(figures.participants ? figures.placed / figures.participants : 0) })],
            [t("admin.figures.groups"), String(figures.groups)],
            [t("admin.figures.sameDepartment"), String(figures.sameDepartmentPairs)],
          ].map(([label, value]) => (
            <div key={label} className="rounded-lg border border-stone-200 bg-white p-4">
              <dt className="text-sm text-stone-600">{label}</dt>
              <dd className="mt-1 text-lg font-semibold">{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {view.status === "published" && view.publishedAt && (
        <p className="mt-4 rounded-md bg-brand-50 p-3 text-brand-900">{t("admin.published", { date: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: view.timeZone }).format(view.publishedAt) })}</p>
      )}
      <GroupsControls
        programmeId={id}
        status={view.status}
        perGroup={settings.facilitatorMode === "perGroup"}
        groups={view.groups.map((group) => ({
          id: group.id,
          number: group.number,
          slot: slotLabel(group.slot, t),
          language: languageLabel(group.language, locale),
          departments: group.departments.map((d) => t("admin.departmentCount", { department: department(d.department), count: d.count })),
          members: group.members.map((m) => ({ membershipId: m.membershipId, name: m.name, department: department(m.department) })),
          facilitator: group.facilitator && { membershipId: group.facilitator.membershipId, name: group.facilitator.name },
        }))}
        unassigned={view.unassigned.map((person) => ({ membershipId: person.membershipId, name: person.name, reasons: explainReason(person.reason, t, locale) }))}
        facilitators={view.facilitators.map((f) => ({ membershipId: f.membershipId, name: f.name }))}
      />
    </>
  );
}
