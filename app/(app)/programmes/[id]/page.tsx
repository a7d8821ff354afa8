import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember } from "@/lib/auth/session";
import { uuidSegmentOrNotFound } from "@/lib/routing/segment";
import { getCodevEnrolmentView } from "@/lib/codevelopment/enrolment-view";
import { getSelfSelectView } from "@/lib/mentoring/self-select";
import { requiredProfileFields } from "@/lib/mentoring/member-view";
import { getProgrammeForMember } from "@/lib/registry/programme-kinds";
import { hasMyTrack } from "@/lib/tracks/participant";
import { CodevSection } from "./_components/codev-section";
import { EnrolmentForm } from "./_components/enrolment-form";
import { EnrolmentSummary } from "./_components/enrolment-summary";
import { EnrolmentWithdrawDialog } from "./_components/enrolment-withdraw-dialog";
import { ProfileGaps } from "./_components/profile-gaps";
import { SelfSelectSection } from "./_components/self-select-section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programmes"))("title") };
}

export default async function ProgrammePage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageMember("programmes.view");
  // Not a uuid: the same answer as a draft or another organisation's programme.
  const id = uuidSegmentOrNotFound((await params).id);
  const scope = actorScopeOf(ctx);
  const programme = await getProgrammeForMember(scope, id);
  if (!programme) notFound();
  // Only a mentee enrolled in a self-select programme gets a view; everyone else sees the page as before.
  const selfSelect = programme.kind === "mentoring" ? await getSelfSelectView(scope, programme.id) : null;
  const codev = programme.kind === "codevelopment" ? await getCodevEnrolmentView(scope, programme.id) : null;
  const [t, tp, tt, format, rawLocale, walksTrack] = await Promise.all([getTranslations("enrolment"), getTranslations("programmes"), getTranslations("tracks"), getFormatter(), getLocale(), hasMyTrack(scope, programme.id)]);
  const locale = rawLocale === "en" ? "en" : "nl";
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "long", timeStyle: "short" }) : "—");
  const missingRequired = programme.profileGaps.filter((g) => (requiredProfileFields as readonly string[]).includes(g));
  const { enrolment } = programme;
  return (
    <>
      <Link href="/programmes" className="text-sm text-brand-700 underline">{t("back")}</Link>
      <p className="mt-3 text-xs font-medium uppercase tracking-wide text-brand-700">{tp(`kind.${programme.kind}`)}</p>
      <h1 className="text-2xl font-semibold">{programme.name[locale]}</h1>
      <p className="mt-2 max-w-2xl whitespace-pre-line text-stone-700">{programme.description[locale]}</p>
      <dl className="mt-4 grid max-w-2xl gap-3 text-sm sm:grid-cols-3">
        <div><dt className="text-stone-600">{t("opens")}</dt><dd className="font-medium">{when(programme.signupOpensAt)}</dd></div>
        <div><dt className="text-stone-600">{t("closes")}</dt><dd className="font-medium">{when(programme.signupClosesAt)}</dd></div>
        <div><dt className="text-stone-600">{t("signup")}</dt><dd className="font-medium">{programme.signupOpen ? t("signupOpen") : t("signupClosed")}</dd></div>
      </dl>
      {walksTrack && (
        <p className="mt-4">
          <Link href={`/programmes/${programme.id}/track`} className="font-medium text-brand-700 underline">{tt("programmeLink")}</Link>
        </p>
      )}
      <div className="mt-6 max-w-3xl space-y-5">
        {programme.kind === "codevelopment" ? (
          codev && <CodevSection programmeId={programme.id} signupOpen={programme.signupOpen} view={codev} />
        ) : (
          <>
            {selfSelect && <SelfSelectSection programmeId={programme.id} view={selfSelect} topics={programme.topics} locale={locale} responseDays={programme.responseDays} />}
            {enrolment && <EnrolmentSummary enrolment={enrolment} topics={programme.topics} />}
            {programme.signupOpen ? (
              <>
                <ProfileGaps gaps={programme.profileGaps} />
                <h2 className="text-xl font-semibold">{enrolment?.status === "active" ? t("editTitle") : t("enrolTitle")}</h2>
                <EnrolmentForm
                  programmeId={programme.id}
                  topics={programme.topics}
                  defaultCapacity={programme.defaultCapacity}
                  enrolment={enrolment}
                  blockedBy={missingRequired.length > 0 ? t("blocked", { fields: missingRequired.map((g) => t(`profile.field.${g}`)).join(", ") }) : null}
                />
                {enrolment?.status === "active" && <EnrolmentWithdrawDialog programmeId={programme.id} />}
              </>
            ) : (
              <p className="rounded-lg border border-stone-200 bg-white p-5 text-stone-700">{t("notOpen")}</p>
            )}
          </>
        )}
      </div>
    </>
  );
}
