import { getLocale, getTranslations } from "next-intl/server";
import { isLocale } from "@/lib/i18n/config";
import type { PairPersonView } from "@/lib/mentoring/pair/queries";

/** Both people's profile summary and contact details, side by side from a tablet's width up. */
export async function PairPeople({ people, myId }: { people: PairPersonView[]; myId: string }) {
  const [t, rawLocale] = await Promise.all([getTranslations("pair.people"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const list = new Intl.ListFormat(locale);
  const languageNames = new Intl.DisplayNames([locale], { type: "language" });
  return (
    <section aria-labelledby="pair-people" className="mt-8">
      <h2 id="pair-people" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <ul className="mt-3 grid gap-4 sm:grid-cols-2">
        {people.map((person) => (
          <li key={person.membershipId} className="min-w-0 rounded-lg border border-stone-200 bg-white p-4">
            <p className="text-sm font-medium text-brand-700">{t(`role.${person.role}`)}</p>
            <h3 className="break-words text-base font-semibold">
              {person.name}
              {person.membershipId === myId && <span className="font-normal text-stone-600"> ({t("you")})</span>}
            </h3>
            <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="font-medium text-stone-600">{t("email")}</dt>
              <dd className="min-w-0 break-all">
                <a href={`mailto:${person.email}`} className="text-brand-700 underline">
                  {person.email}
                </a>
              </dd>
              {person.jobTitle && (
                <>
                  <dt className="font-medium text-stone-600">{t("jobTitle")}</dt>
                  <dd className="break-words">{person.jobTitle}</dd>
                </>
              )}
              {person.department && (
                <>
                  <dt className="font-medium text-stone-600">{t("department")}</dt>
                  <dd className="break-words">{person.department}</dd>
                </>
              )}
              {person.topics.length > 0 && (
                <>
                  <dt className="font-medium text-stone-600">{t("topics")}</dt>
                  <dd className="break-words">{list.format(person.topics.map((topic) => topic.label?.[locale] ?? topic.slug))}</dd>
                </>
              )}
              {person.languages.length > 0 && (
                <>
                  <dt className="font-medium text-stone-600">{t("languages")}</dt>
                  <dd>{list.format(person.languages.map((code) => languageNames.of(code) ?? code))}</dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
