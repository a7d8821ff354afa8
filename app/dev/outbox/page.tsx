import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { listOutbox } from "@/lib/email/outbox";
import { isOutboxEnabled } from "@/lib/email/outbox-enabled";
import { Button } from "@/app/_components/ui/button";
import { queryText } from "@/lib/validation/query";
import { OutboxMessageFields } from "./_components/outbox-message-fields";

// An address filter; a NUL byte or anything else that cannot be an address filter shows the whole list.
const searchSchema = z.object({ to: queryText(320) });

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
      <h1 className="text-2xl font-semibold text-stone-900">{t("title")}</h1>
      <p className="mt-1 text-sm text-stone-600">{t("description")}</p>

      <form method="get" role="search" className="mt-6 flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex-1">
          <label htmlFor="outbox-to" className="block text-sm font-medium text-stone-800">
            {t("filter.label")}
          </label>
          <input
            id="outbox-to"
            name="to"
            type="email"
            defaultValue={to}
            placeholder={t("filter.placeholder")}
            autoComplete="off"
            className="mt-1 w-full rounded-md border border-stone-300 px-3 py-2 text-base focus:border-brand-600"
          />
        </div>
        <div className="flex items-center gap-3">
          <Button type="submit">{t("filter.submit")}</Button>
          {to ? (
            <Link href="/dev/outbox" className="text-sm text-brand-700 underline underline-offset-2">
              {t("filter.clear")}
            </Link>
          ) : null}
        </div>
      </form>

      {messages.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-stone-300 p-6 text-center text-stone-600">
          {to ? t("countFiltered", { count: 0, to }) : t("empty")}
        </p>
      ) : (
        <>
          <p className="mt-6 text-sm text-stone-600">{to ? t("countFiltered", { count: messages.length, to }) : t("count", { count: messages.length })}</p>
          <ul className="mt-3 space-y-3">
            {messages.map((message) => (
              <li key={message.id} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
                <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                  <h2 className="min-w-0 break-words font-medium text-stone-900">
                    <Link href={`/dev/outbox/${message.id}`} className="underline-offset-2 hover:underline">
                      {message.subject ?? t("noSubject")}
                    </Link>
                  </h2>
                  {message.deliveredAt ? (
                    <time dateTime={message.deliveredAt.toISOString()} className="shrink-0 text-sm text-stone-600">
                      {format.dateTime(message.deliveredAt, { dateStyle: "medium", timeStyle: "short" })}
                    </time>
                  ) : null}
                </div>
                <OutboxMessageFields message={message} />
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
