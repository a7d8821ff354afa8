import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { getOutboxMessage } from "@/lib/email/outbox";
import { isOutboxEnabled } from "@/lib/email/outbox-enabled";
import { uuidSegmentOrNotFound } from "@/lib/routing/segment";
import { OutboxMessageFields } from "../_components/outbox-message-fields";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outbox");
  return { title: t("title"), robots: { index: false } };
}

/** One outbox message: its HTML in a sandboxed frame (no scripts, forms or navigation) and its text. */
export default async function OutboxMessagePage({ params }: Props) {
  await connection();
  if (!isOutboxEnabled()) notFound();
  const message = await getOutboxMessage(uuidSegmentOrNotFound((await params).id));
  if (!message) notFound();
  const t = await getTranslations("outbox");
  const subject = message.subject ?? t("noSubject");

  return (
    <main className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6">
      <Link href={`/dev/outbox?to=${encodeURIComponent(message.to)}`} className="text-sm text-brand-700 underline underline-offset-2">
        {t("detail.back")}
      </Link>
      <h1 className="mt-3 break-words text-2xl font-semibold text-stone-900">{subject}</h1>

      <OutboxMessageFields message={message} showDeliveredAt />

      <h2 className="mt-8 text-lg font-semibold text-stone-900">{t("detail.html")}</h2>
      {/* sandbox="" gives the email an opaque origin and no scripts: it cannot reach the app or its cookies. */}
      <iframe
        title={t("detail.frameTitle", { subject })}
        srcDoc={message.html}
        sandbox=""
        className="mt-2 h-[70vh] w-full rounded-lg border border-stone-200 bg-white"
      />

      <h2 className="mt-8 text-lg font-semibold text-stone-900">{t("detail.text")}</h2>
      <pre className="mt-2 overflow-x-auto whitespace-pre-wrap break-words rounded-lg border border-stone-200 bg-stone-50 p-4 text-sm text-stone-900">{message.text}</pre>
    </main>
  );
}
