"use client";

import { useActionState, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { Button } from "@/app/_components/ui/button";
import { issueFeedLinkAction, revokeFeedLinksAction } from "../actions";
import { useSchedulingErrorText } from "./use-scheduling-error-text";

type FeedState = { intent: "issue"; result: ActionResult<{ url: string }> } | { intent: "revoke"; result: ActionResult } | null;

const secondary = "rounded-md border border-stone-300 bg-white px-3 py-2 text-sm font-medium hover:border-brand-600 disabled:opacity-60";

/**
 * The private calendar link. It is stored only as a hash, so a new link is shown once, right after it is
 * made; afterwards the panel can only say that a link works, replace it, or stop it.
 */
export function CalendarFeedPanel({ active, activeSince }: { active: boolean; activeSince: string | null }) {
  const t = useTranslations("scheduling.feed");
  const format = useFormatter();
  const errorText = useSchedulingErrorText();
  const [copied, setCopied] = useState(false);
  // One state for both buttons, so that whichever was pressed last decides what the panel shows.
  const [state, run, pending] = useActionState<FeedState, FormData>(async (_previous, formData) => {
    setCopied(false);
    return formData.get("intent") === "revoke"
      ? { intent: "revoke", result: await revokeFeedLinksAction(null, formData) }
      : { intent: "issue", result: await issueFeedLinkAction(null, formData) };
  }, null);
  const result = state?.result;
  const url = state?.intent === "issue" && result?.ok ? result.data?.url : undefined;
  const revoked = state?.intent === "revoke" && result?.ok;
  const live = url ? true : revoked ? false : active;

  return (
    <section aria-labelledby="feed-heading" className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <h2 id="feed-heading" className="text-lg font-semibold">{t("title")}</h2>
      <p className="mt-1 max-w-2xl text-sm text-stone-700">{t("intro")}</p>
      {url ? (
        <div className="mt-3">
          <label htmlFor="feed-url" className="block text-sm font-medium">{t("newLink")}</label>
          <div className="mt-1 flex flex-wrap gap-2">
            <input id="feed-url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} className="min-w-0 flex-1 rounded-md border border-stone-300 bg-stone-50 px-3 py-2 font-mono text-sm" />
            <button
              type="button"
              className={secondary}
              onClick={async () => {
                await navigator.clipboard.writeText(url);
                setCopied(true);
              }}
            >
              {copied ? t("copied") : t("copy")}
            </button>
          </div>
        </div>
      ) : (
        <p className="mt-3 text-sm">{live && activeSince ? t("active", { date: format.dateTime(new Date(activeSince), { dateStyle: "long" }) }) : t("none")}</p>
      )}
      <p className="mt-2 text-xs text-stone-600">{t("warning")}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <form action={run}>
          <input type="hidden" name="intent" value="issue" />
          <Button type="submit" size="sm" disabled={pending}>
            {live ? t("renew") : t("create")}
          </Button>
        </form>
        {live && (
          <form action={run}>
            <input type="hidden" name="intent" value="revoke" />
            <button type="submit" disabled={pending} className={secondary}>
              {t("revoke")}
            </button>
          </form>
        )}
      </div>
      <p role="status" className="mt-2 text-sm">
        {revoked && <span className="text-brand-700">{t("revoked")}</span>}
        {result && !result.ok && <span className="text-red-700">{errorText(result.error)}</span>}
      </p>
    </section>
  );
}
