import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { AdminProgramme } from "@/lib/registry/programme-kinds";
import type { MethodChoice } from "@/lib/codevelopment/custom-methods";
import { totalMinutes } from "@/lib/codevelopment/core/method-types";
import { CodevMethodEditor } from "./codev-method-editor";
import { CodevProgrammeForm } from "./codev-programme-form";

type Props = { programme: Extract<AdminProgramme, { kind: "codevelopment" }>; methods: MethodChoice[] };

/** A co-development programme's details and its method (chosen from the library, then its own copy). */
export async function CodevProgrammeSections({ programme, methods }: Props) {
  const [t, tp, rawLocale] = await Promise.all([getTranslations("codevAdmin"), getTranslations("programmesAdmin"), getLocale()]);
  const locale = rawLocale === "en" ? "en" : "nl";
  const { method, ...settings } = programme.settings;
  const archived = programme.status === "closed";
  return (
    <>
      <section aria-labelledby="edit-heading" className="mt-8">
        <h2 id="edit-heading" className="text-xl font-semibold">{tp("editTitle")}</h2>
        {archived ? (
          <p className="mt-2 text-stone-700">{tp("archivedReadOnly")}</p>
        ) : (
          <CodevProgrammeForm
            programmeId={programme.id}
            initial={{
              nameNl: programme.name.nl,
              nameEn: programme.name.en,
              descriptionNl: programme.description.nl,
              descriptionEn: programme.description.en,
              opens: programme.opens ?? "",
              closes: programme.closes ?? "",
              ...settings,
              methodKey: method.key,
            }}
          />
        )}
      </section>
      <section aria-labelledby="method-heading" className="mt-10 max-w-3xl">
        <h2 id="method-heading" className="text-xl font-semibold">{t("method.title")}</h2>
        <p className="mt-1 text-stone-700">
          <span className="font-medium">{method.name[locale]}</span> — {method.summary[locale]}
        </p>
        <p className="mt-1 text-sm text-stone-600">{t("method.stepsSummary", { steps: method.steps.length, minutes: totalMinutes(method) })}</p>
        <p className="mt-2 text-sm text-stone-700">
          {t("method.intro")}{" "}
          <Link href="/admin/methods" className="text-brand-700 underline">{t("method.libraryLink")}</Link>
        </p>
        <div className="mt-4">
          {archived ? (
            <ol className="list-decimal space-y-1 pl-5 text-stone-700">
              {method.steps.map((s) => <li key={s.key}>{t("method.stepLine", { title: s.title[locale], minutes: s.minutes })}</li>)}
            </ol>
          ) : (
            <CodevMethodEditor programmeId={programme.id} method={method} methods={methods} sessionMinutes={settings.sessionMinutes} />
          )}
        </div>
      </section>
    </>
  );
}
