import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { codevRequiredProfileFields } from "@/lib/codevelopment/schemas";
import { availabilityRanges } from "@/lib/profiles/availability";
import type { CodevEnrolmentView } from "@/lib/codevelopment/enrolment-view";
import { CodevEnrolmentForm } from "./codev-enrolment-form";
import { EnrolmentWithdrawDialog } from "./enrolment-withdraw-dialog";
import { ProfileGaps } from "./profile-gaps";

const hour = (h: number) => `${String(h).padStart(2, "0")}:00`;

/** A co-development programme on the member's page: how the groups work, their sign-up, and the form. */
export async function CodevSection({ programmeId, signupOpen, view }: { programmeId: string; signupOpen: boolean; view: CodevEnrolmentView }) {
  const [t, tl, tm, tdays, format, rawLocale] = await Promise.all([
    getTranslations("codevEnrolment"),
    getTranslations("codevEnrolment.languages"),
    getTranslations("enrolment"),
    getTranslations("profile.daysShort"),
    getFormatter(),
    getLocale(),
  ]);
  const locale = rawLocale === "en" ? "en" : "nl";
  const { settings, method, enrolment, profile } = view;
  const languages = (codes: readonly string[]) => codes.map((c) => tl(c as "nl" | "en")).join(", ") || t("form.none");
  const availabilityLines = availabilityRanges(profile.availability).map(
    ({ day, ranges }) => `${tdays(day)} ${ranges.map((r) => `${hour(r.from)}–${hour(r.to)}`).join(", ")}`,
  );
  const missingRequired = view.profileGaps.filter((g) => (codevRequiredProfileFields as readonly string[]).includes(g));
  const blockedBy =
    missingRequired.length > 0
      ? tm("blocked", { fields: missingRequired.map((g) => tm(`profile.field.${g}`)).join(", ") })
      : view.sharedLanguages.length === 0
        ? t("noSharedLanguage", { languages: languages(settings.languages) })
        : null;
  const active = enrolment?.status === "active" ? enrolment : null;
  const fact = (label: string, value: string) => (
    <div>
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="font-medium">{value}</dd>
    </div>
  );
  return (
    <>
      <section aria-labelledby="how-heading" className="rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="how-heading" className="text-lg font-semibold">{t("how.title")}</h2>
        <dl className="mt-3 grid gap-3 sm:grid-cols-2">
          {fact(t("how.groupSize"), t("how.groupSizeValue", { min: settings.groupSizeMin, max: settings.groupSizeMax }))}
          {fact(t("how.meetings"), t("how.meetingsValue", { weeks: settings.cadenceWeeks, minutes: settings.sessionMinutes }))}
          {fact(t("how.method"), method.name[locale])}
          {fact(t("how.languages"), languages(settings.languages))}
          {fact(t("how.facilitation"), t(`how.facilitator.${settings.facilitatorMode}`))}
          {fact(t("how.casePrep"), t("how.casePrepValue", { days: settings.casePrepDays }))}
        </dl>
        <p className="mt-3 text-sm text-stone-700">{method.summary[locale]}</p>
      </section>
      {enrolment && (
        <section aria-labelledby="my-enrolment" className="rounded-lg border border-brand-100 bg-brand-50 p-5">
          <h2 id="my-enrolment" className="text-lg font-semibold">
            {t(enrolment.status === "active" ? "summary.titleActive" : "summary.titleWithdrawn", { role: t(`summary.role.${enrolment.role}`) })}
          </h2>
          {active?.answers && (
            <dl className="mt-3 grid gap-3 sm:grid-cols-2">
              {fact(t("summary.languages"), languages(active.answers.languages))}
              {fact(t("summary.charter"), t("summary.charterAgreed", { when: format.dateTime(new Date(active.answers.charter.agreedAt), { dateStyle: "long", timeStyle: "short" }) }))}
            </dl>
          )}
        </section>
      )}
      {signupOpen ? (
        <>
          <ProfileGaps gaps={view.profileGaps} kind="codevelopment" />
          <h2 className="text-xl font-semibold">{active ? tm("editTitle") : tm("enrolTitle")}</h2>
          <CodevEnrolmentForm
            programmeId={programmeId}
            activeRole={active?.role ?? null}
            facilitatorsWanted={settings.facilitatorMode === "perGroup"}
            profileLanguages={profile.languages}
            availabilityLines={availabilityLines}
            timeZone={profile.timeZone}
            sharedLanguages={view.sharedLanguages}
            chosenLanguages={active?.answers?.languages ?? []}
            blockedBy={blockedBy}
          />
          {active && <EnrolmentWithdrawDialog programmeId={programmeId} kind="codevelopment" />}
        </>
      ) : (
        <p className="rounded-lg border border-stone-200 bg-white p-5 text-stone-700">{tm("notOpen")}</p>
      )}
    </>
  );
}
