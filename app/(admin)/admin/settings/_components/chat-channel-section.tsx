import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import type { MemberScope } from "@/lib/auth/actor";
import { getChatChannel } from "@/lib/chat/channel";
import { ChatChannelForm } from "./chat-channel-form";

/** Organisation settings' Teams or Slack channel (docs/chat-notifications.md): status, connect, test, disconnect. */
export async function ChatChannelSection({ scope }: { scope: MemberScope }) {
  const channel = await getChatChannel(scope);
  const t = await getTranslations("chat.admin");
  const format = await getFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <section aria-labelledby="chat-channel-heading" className="mt-10 max-w-2xl rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="chat-channel-heading" className="text-lg font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm text-stone-700">{t("intro")}</p>
      <div className="mt-4 text-sm">
        {channel ? (
          <>
            <p className="font-medium">{t("connected", { kind: t(`kinds.${channel.kind}`), hint: channel.hint })}</p>
            <p className="text-stone-600">{t("connectedSince", { date: day(channel.connectedAt) })}</p>
            {channel.lastTestAt && (
              <p className="text-stone-600">{t("lastTest", { date: day(channel.lastTestAt), result: t(channel.lastTestOk ? "lastTestOk" : "lastTestFailed") })}</p>
            )}
          </>
        ) : (
          <p className="font-medium">{t("notConnected")}</p>
        )}
      </div>
      <ClientMessages namespaces={["chat.admin"]}>
        <ChatChannelForm connected={channel ? { kind: channel.kind } : null} />
      </ClientMessages>
      {channel && (
        <div className="mt-6">
          <h3 className="font-medium">{t("recent")}</h3>
          {channel.recent.length === 0 ? (
            <p className="mt-1 text-sm text-stone-600">{t("recentNone")}</p>
          ) : (
            <ul className="mt-2 divide-y divide-stone-100 text-sm">
              {channel.recent.map((n) => (
                <li key={n.id} className="flex flex-wrap justify-between gap-x-4 py-1.5">
                  <span>{t(`noticeNames.${n.notice}`)}</span>
                  <span className="text-stone-600">
                    {t(`status.${n.status}`)} · {day(n.at)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
