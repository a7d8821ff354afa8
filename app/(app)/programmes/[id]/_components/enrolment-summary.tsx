import { getLocale, getTranslations } from "next-intl/server";
import type { Topic } from "@/db/schema";
import type { MyEnrolment } from "@/lib/mentoring/member-view";

/** The member's own enrolment as it stands: what matching will read. */
export async function EnrolmentSummary({ enrolment, topics }: { enrolment: MyEnrolment; topics: Topic[] }) {
  const [t, rawLocale] = await Promise.all([getTranslations("enrolment.summary"), getLocale()]);
  const locale = rawLocale === "en" ? "en" : "nl";
  const labels = (slugs: string[]) => slugs.map((s) => topics.find((x) => x.slug === s)?.label[locale] ?? s).join(", ") || t("none");
  const row = (label: string, value: string) => (
    <div className="sm:col-span-1">
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="whitespace-pre-line">{value}</dd>
    </div>
  );
  return (
    <section aria-labelledby="my-enrolment" className="rounded-lg border border-brand-100 bg-brand-50 p-5">
      <h2 id="my-enrolment" className="text-lg font-semibold">
        {t(enrolment.status === "active" ? "titleActive" : "titleWithdrawn", { role: t(`role.${enrolment.role}`) })}
      </h2>
      {enrolment.status === "active" && (
        <dl className="mt-3 grid gap-3 sm:grid-cols-2">
          {enrolment.role === "mentee" ? (
            <>
              {row(t("goals"), enrolment.answers.goals || t("none"))}
              {row(t("topicsWanted"), labels(enrolment.answers.topics))}
              {row(t("avoid"), enrolment.avoidPeople.map((p) => p.name).join(", ") || t("none"))}
            </>
          ) : (
            <>
              {row(t("topicsOffered"), labels(enrolment.answers.topics))}
              {row(t("capacity"), String(enrolment.capacity))}
              {row(t("matching"), enrolment.answers.paused ? t("paused") : t("available"))}
            </>
          )}
        </dl>
      )}
    </section>
  );
}
