import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageMember } from "@/lib/auth/session";
import { listProgrammesForMember } from "@/lib/programmes/queries";
import { ProgrammeList } from "./_components/programme-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programmes"))("title") };
}

export default async function ProgrammesPage() {
  const ctx = await requirePageMember("programmes.view");
  const [t, programmes] = await Promise.all([getTranslations("programmes"), listProgrammesForMember(ctx)]);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 max-w-2xl text-stone-700">{t("intro")}</p>
      <div className="mt-6">
        <ProgrammeList programmes={programmes} />
      </div>
    </>
  );
}
