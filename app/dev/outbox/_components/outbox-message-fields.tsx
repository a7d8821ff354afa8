import { getFormatter, getTranslations } from "next-intl/server";
import type { OutboxItem } from "@/lib/email/outbox";

/** Recipient, template, language, time and the message's links, as one definition list (list and detail). */
export async function OutboxMessageFields({ message, showDeliveredAt = false }: { message: OutboxItem; showDeliveredAt?: boolean }) {
  const [t, format] = await Promise.all([getTranslations("outbox"), getFormatter()]);
  return (
    <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
      <dt className="text-stone-600">{t("fields.to")}</dt>
      <dd className="break-all text-stone-900">{message.to}</dd>
      <dt className="text-stone-600">{t("fields.template")}</dt>
      <dd className="text-stone-900">{message.template}</dd>
      <dt className="text-stone-600">{t("fields.locale")}</dt>
      <dd className="uppercase text-stone-900">{message.locale}</dd>
      {showDeliveredAt && message.deliveredAt ? (
        <>
          <dt className="text-stone-600">{t("fields.sentAt")}</dt>
          <dd className="text-stone-900">
            <time dateTime={message.deliveredAt.toISOString()}>{format.dateTime(message.deliveredAt, { dateStyle: "medium", timeStyle: "short" })}</time>
          </dd>
        </>
      ) : null}
      <dt className="text-stone-600">{t("fields.links")}</dt>
      <dd className="min-w-0">
        {message.links.length === 0 ? (
          <span className="text-stone-600">{t("noLinks")}</span>
        ) : (
          <ul className="space-y-1">
            {message.links.map((link) => (
              // Only http(s) links reach here (extractLinks), never a javascript: URL.
              <li key={link}>
                <a href={link} className="break-all text-brand-700 underline underline-offset-2">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}
