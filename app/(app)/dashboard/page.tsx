import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageMember } from "@/lib/auth/session";
import { actorScopeOf } from "@/lib/auth/actor";
import { listProgrammesForMember } from "@/lib/programmes/queries";
import { listMyTracks } from "@/lib/tracks/participant";
import { ProgrammeList } from "../programmes/_components/programme-list";
import { ProfileCompletenessCard } from "../profile/_components/profile-completeness-card";
import { TrackProgressCards } from "./_components/track-progress-cards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage() {
  const ctx = await requirePageMember();
  const [t, programmes, tracks] = await Promise.all([getTranslations("dashboard"), listProgrammesForMember(ctx), listMyTracks(actorScopeOf(ctx))]);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("greeting", { name: ctx.current.memberName })}</h1>
      <p className="mt-1 text-stone-700">{t("organisation", { name: ctx.current.organizationName })}</p>
      <div className="mt-6">
        <ProfileCompletenessCard ctx={ctx} />
      </div>
      <TrackProgressCards tracks={tracks} />
      <section aria-labelledby="open-programmes" className="mt-8">
        <h2 id="open-programmes" className="text-lg font-semibold">
          {t("programmes")}
        </h2>
        <div className="mt-3">
          <ProgrammeList programmes={programmes} />
        </div>
      </section>
    </>
  );
}
