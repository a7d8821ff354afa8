import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { listOutbox } from "@/lib/email/outbox";
import { isOutboxEnabled } from "@/lib/email/outbox-enabled";

const searchSchema = z.object({ to: z.string().trim().max(320).optional().catch(undefined) });

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outbox");
  return { title: t("title"), robots: { index: false } };
}

/** The local outbox: every email Kring wrote while no provider is configured, newest first. */
export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Request time, not build time: the environment decides whether the page exists, and the list is live.
  await connection();
  if (!isOutboxEnabled()) notFound();
  const to = searchSchema.parse(await searchParams).to || undefined;
  const [t, format, messages] = await Promise.all([getTranslations("outbox"), getFormatter(), listOutbox({ to, limit: 100 })]);

  return (
    <main className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="text-2xl font-semibold text-gray-900">{t("title")}</h1>
      <p className="mt-1 text-sm text-gray-600">{t("description")}</p>

      <form method="get" role="search" className="mt-6 flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex-1">
          <label htmlFor="outbox-to" className="block text-sm font-medium text-gray-800">
            {t("filter.label")}
          </label>
          <input
            id="outbox-to"
            name="to"
            type="email"
            defaultValue={to}
            placeholder={t("filter.placeholder")}
            autoComplete="off"
            className="mt-1 w-full rounded-md border border-gray-300 px-3 py-2 text-base focus:border-teal-700 focus:outline-none focus:ring-2 focus:ring-teal-700/30"
          />
        </div>
        <div className="flex items-center gap-3">
          <button type="submit" className="rounded-md bg-teal-700 px-4 py-2 font-medium text-white hover:bg-teal-800 focus:outline-none focus:ring-2 focus:ring-teal-700/40 focus:ring-offset-2">
            {t("filter.submit")}
          </button>
          {to ? (
            <Link href="/dev/outbox" className="text-sm text-teal-800 underline underline-offset-2">
              {t("filter.clear")}
            </Link>
          ) : null}
        </div>
      </form>

      <p className="mt-6 text-sm text-gray-600" aria-live="polite">
        {to ? t("countFiltered", { count: messages.length, to }) : t("count", { count: messages.length })}
      </p>

      {messages.length === 0 ? (
        <p className="mt-4 rounded-lg border border-dashed border-gray-300 p-6 text-center text-gray-600">{t("empty")}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {messages.map((message) => (
            <li key={message.id} className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                <h2 className="min-w-0 break-words font-medium text-gray-900">
                  <Link href={`/dev/outbox/${message.id}`} className="underline-offset-2 hover:underline">
                    {message.subject ?? t("noSubject")}
                  </Link>
                </h2>
                {message.deliveredAt ? (
                  <time dateTime={message.deliveredAt.toISOString()} className="shrink-0 text-sm text-gray-600">
                    {format.dateTime(message.deliveredAt, { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                ) : null}
              </div>
              <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
                <dt className="text-gray-600">{t("fields.to")}</dt>
                <dd className="break-all text-gray-900">{message.to}</dd>
                <dt className="text-gray-600">{t("fields.template")}</dt>
                <dd className="text-gray-900">{message.template}</dd>
                <dt className="text-gray-600">{t("fields.locale")}</dt>
                <dd className="uppercase text-gray-900">{message.locale}</dd>
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
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
