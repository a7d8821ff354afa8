import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFoundUnless, requirePageMember } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { profileCompleteness } from "@/lib/profiles/completeness";
import { getProfileEditData } from "@/lib/profiles/queries";
import { initialTimeZoneOptions } from "@/lib/profiles/time-zones";
import { ProfileCompletenessPanel } from "./_components/profile-completeness-panel";
import { ProfileForm } from "./_components/profile-form";
import type { ProfileFormOptions, ProfileFormValues } from "./_components/profile-form-types";
import { BIO_MAX } from "@/lib/profiles/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

export default async function ProfilePage() {
  const ctx = await requirePageMember("profile.editOwn");
  const [t, rawLocale, data] = await Promise.all([getTranslations("profile"), getLocale(), getProfileEditData(ctx)]);
  notFoundUnless(data);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const { profile } = data;
  // A new member starts in the organisation's zone, so that the grid means something from the first save.
  const timeZone = profile.timeZone ?? data.organizationTimeZone;
  const values: ProfileFormValues = {
    name: profile.name,
    jobTitle: profile.jobTitle ?? "",
    department: profile.department ?? "",
    manager: profile.manager,
    seniority: profile.seniority,
    languages: profile.languages,
    timeZone,
    topics: profile.topics,
    bio: profile.bio ?? "",
    availability: profile.availability,
  };
  const options: ProfileFormOptions = {
    topics: data.topics.map((topic) => ({ slug: topic.slug, label: topic.label[locale] })),
    departments: data.departments,
    timeZones: initialTimeZoneOptions(timeZone),
    bioMax: BIO_MAX,
  };
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-stone-700">{t("intro", { organisation: ctx.current.organizationName })}</p>
      </header>
      <ProfileCompletenessPanel completeness={profileCompleteness(profile)} />
      <ProfileForm values={values} options={options} />
    </div>
  );
}
