import { getTranslations } from "next-intl/server";
import type { MemberContext } from "@/lib/auth/session";
import { profileCompleteness } from "@/lib/profiles/completeness";
import { getOwnProfile } from "@/lib/profiles/queries";
import { ButtonLink } from "@/app/_components/ui/button";
import { CompletenessBar } from "./completeness-bar";

/** For the dashboard: a nudge to finish the profile, and nothing at all once it is complete. */
export async function ProfileCompletenessCard({ ctx }: { ctx: MemberContext }) {
  const profile = await getOwnProfile(ctx);
  if (!profile) return null;
  const { percent, missing } = profileCompleteness(profile);
  if (missing.length === 0) return null;
  const t = await getTranslations("profile.card");
  return (
    <section aria-labelledby="profile-card-title" className="rounded-lg border border-brand-100 bg-brand-50 p-5">
      <h2 id="profile-card-title" className="text-lg font-semibold text-brand-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-stone-800">{t("text", { percent })}</p>
      <div className="mt-3">
        <CompletenessBar percent={percent} label={t("title")} />
      </div>
      <ButtonLink href="/profile" size="sm" className="mt-4">
        {t("link")}
      </ButtonLink>
    </section>
  );
}
