import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageMember } from "@/lib/auth/session";
import { addDays } from "@/lib/scheduling/time/local-date";
import { toZoned } from "@/lib/scheduling/time/zoned-time";
import { now } from "@/lib/clock";
import { defaultMentoringSettings } from "@/lib/mentoring/core/settings";
import { ProgrammeForm } from "../_components/programme-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programmesAdmin"))("newTitle") };
}

export default async function NewProgrammePage() {
  const ctx = await requirePageMember("programmes.manage");
  const t = await getTranslations("programmesAdmin");
  const today = toZoned(now(), ctx.current.timeZone).date;
  return (
    <>
      <Link href="/admin/programmes" className="text-sm text-brand-700 underline">{t("backToList")}</Link>
      <h1 className="mt-2 text-2xl font-semibold">{t("newTitle")}</h1>
      <p className="mt-2 max-w-2xl text-stone-700">{t("newIntro")}</p>
      <ProgrammeForm
        initial={{ nameNl: "", nameEn: "", descriptionNl: "", descriptionEn: "", opens: addDays(today, 7), closes: addDays(today, 28), ...defaultMentoringSettings }}
      />
    </>
  );
}
