import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { getOutboxMessage } from "@/lib/email/outbox";
import { isOutboxEnabled } from "@/lib/email/outbox-enabled";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outbox");
  return { title: t("title"), robots: { index: false } };
}

/** One outbox message: its HTML in a sandboxed frame (no scripts, forms or navigation) and its text. */
export default async function OutboxMessagePage({ params }: Props) {
  await connection();
  if (!isOutboxEnabled()) notFound();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const message = await getOutboxMessage(id.data);
  if (!message) notFound();
  const [t, format] = await Promise.all([getTranslations("outbox"), getFormatter()]);
  const subject = message.subject ?? t("noSubject");

  return (
    <main className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6">
      <Link href={`/dev/outbox?to=${encodeURIComponent(message.to)}`} className="text-sm text-teal-800 underline underline-offset-2">
        {t("detail.back")}
      </Link>
      <h1 className="mt-3 break-words text-2xl font-semibold text-gray-900">{subject}</h1>

      <dl className="mt-4 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
        <dt className="text-gray-600">{t("fields.to")}</dt>
        <dd className="break-all text-gray-900">{message.to}</dd>
        <dt className="text-gray-600">{t("fields.template")}</dt>
        <dd className="text-gray-900">{message.template}</dd>
        <dt className="text-gray-600">{t("fields.locale")}</dt>
        <dd className="uppercase text-gray-900">{message.locale}</dd>
        {message.deliveredAt ? (
          <>
            <dt className="text-gray-600">{t("fields.sentAt")}</dt>
            <dd className="text-gray-900">
              <time dateTime={message.deliveredAt.toISOString()}>{format.dateTime(message.deliveredAt, { dateStyle: "medium", timeStyle: "short" })}</time>
            </dd>
          </>
        ) : null}
        <dt className="text-gray-600">{t("fields.links")}</dt>
        <dd className="min-w-0">
          {message.links.length === 0 ? (
            <span className="text-gray-600">{t("noLinks")}</span>
          ) : (
            <ul className="space-y-1">
              {message.links.map((link) => (
                <li key={link}>
                  <a href={link} className="break-all text-teal-800 underline underline-offset-2">
                    {link}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>

      <h2 className="mt-8 text-lg font-semibold text-gray-900">{t("detail.html")}</h2>
      {/* sandbox="" gives the email an opaque origin and no scripts: it cannot reach the app or its cookies. */}
      <iframe
        title={t("detail.frameTitle", { subject })}
        srcDoc={message.html}
        sandbox=""
        className="mt-2 h-[70vh] w-full rounded-lg border border-gray-200 bg-white"
      />

      <h2 className="mt-8 text-lg font-semibold text-gray-900">{t("detail.text")}</h2>
      <pre className="mt-2 overflow-x-auto whitespace-pre-wrap break-words rounded-lg border border-gray-200 bg-gray-50 p-4 text-sm text-gray-900">{message.text}</pre>
    </main>
  );
}
