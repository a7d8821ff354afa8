import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember } from "@/lib/auth/session";
import { configuredSsoProviders } from "@/lib/auth/providers-info";
import { getOrganizationSettings } from "@/lib/organizations/settings";
import { topicLines } from "@/lib/organizations/topics";
import { SettingsForm } from "./_components/settings-form";
import { ChatChannelSection } from "./_components/chat-channel-section";
import { ScimTokenSection } from "./_components/scim-token-section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.settings"))("title") };
}

export default async function OrganizationSettingsPage() {
  const ctx = await requirePageMember("organization.settings");
  const settings = await getOrganizationSettings(actorScopeOf(ctx));
  const t = await getTranslations("admin.settings");
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 max-w-2xl text-stone-700">{t("intro")}</p>
      <SettingsForm
        initial={{ ...settings, topics: topicLines(settings.topics) }}
        ssoProviders={configuredSsoProviders().map(({ id, name }) => ({ id, name }))}
        timeZones={Intl.supportedValuesOf("timeZone")}
      />
      <ChatChannelSection scope={actorScopeOf(ctx)} />
      <ScimTokenSection />
    </>
  );
}
