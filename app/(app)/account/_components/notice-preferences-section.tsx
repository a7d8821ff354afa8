import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import type { MemberScope } from "@/lib/auth/actor";
import { getMyNoticePreferences } from "@/lib/chat/preferences";
import { NoticePreferencesForm } from "./notice-preferences-form";

/**
 * How each kind of notice reaches the member (lib/chat/preferences.ts). Chat is offered only where it can be
 * delivered: programme news, when the organisation has a channel. Personal notices are email, and the
 * section says why (an incoming webhook is a channel, not a person).
 */
export async function NoticePreferencesSection({ scope }: { scope: MemberScope }) {
  const preferences = await getMyNoticePreferences(scope);
  const t = await getTranslations("chat.preferences");
  return (
    <section aria-labelledby="notices-heading" className="mt-6 rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="notices-heading" className="text-lg font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm text-stone-700">{t("intro")}</p>
      <ClientMessages namespaces={["chat.preferences"]}>
        <NoticePreferencesForm channel={preferences.channel} programmeNews={preferences.programmeNews} />
      </ClientMessages>
      <div className="mt-5 border-t border-stone-100 pt-4">
        <h3 className="font-medium">{t("personal.title")}</h3>
        <p className="mt-1 text-sm text-stone-700">{t("personal.text")}</p>
        <p className="mt-1 text-sm text-stone-700">{t("personal.sign")}</p>
      </div>
    </section>
  );
}
