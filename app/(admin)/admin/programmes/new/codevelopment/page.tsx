import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { listMethodChoices } from "@/lib/codevelopment/custom-methods";
import { defaultCodevSettings } from "@/lib/codevelopment/core/settings";
import { addDays } from "@/lib/scheduling/time/local-date";
import { toZoned } from "@/lib/scheduling/time/zoned-time";
import { CodevProgrammeForm } from "../../_components/codev-programme-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("codevAdmin"))("newTitle") };
}

export default async function NewCodevProgrammePage() {
  const ctx = await requirePageMember("programmes.manage");
  const [t, tp, methods] = await Promise.all([getTranslations("codevAdmin"), getTranslations("programmesAdmin"), listMethodChoices(actorScopeOf(ctx))]);
  const today = toZoned(now(), ctx.current.timeZone).date;
  const { method, ...settings } = defaultCodevSettings;
  return (
    <>
      <Link href="/admin/programmes" className="text-sm text-brand-700 underline">{tp("backToList")}</Link>
      <h1 className="mt-2 text-2xl font-semibold">{t("newTitle")}</h1>
      <p className="mt-2 max-w-2xl text-stone-700">{t("newIntro")}</p>
      <CodevProgrammeForm
        methods={methods}
        initial={{ nameNl: "", nameEn: "", descriptionNl: "", descriptionEn: "", opens: addDays(today, 7), closes: addDays(today, 28), ...settings, methodKey: method.key }}
      />
    </>
  );
}
