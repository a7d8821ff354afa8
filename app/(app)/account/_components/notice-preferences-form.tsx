"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { Button } from "@/app/_components/ui/button";
import { ActionErrorSummary } from "@/app/_components/ui/form-error-summary";
import { saveNoticePreferencesAction } from "../notification-actions";

type Delivery = "email" | "chat" | "both";

/**
 * Programme news in the channel, by email, or both. Without a channel there is nothing to choose: it comes
 * by email, and the form says why instead of offering a choice that cannot be delivered.
 */
export function NoticePreferencesForm({ channel, programmeNews }: { channel: "teams" | "slack" | null; programmeNews: Delivery }) {
  const t = useTranslations("chat.preferences");
  const te = useTranslations("errors");
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(saveNoticePreferencesAction, null);
  if (!channel) {
    return (
      <div className="mt-4">
        <h3 className="font-medium">{t("programmeNews.label")}</h3>
        <p className="text-sm text-stone-600">{t("programmeNews.hint")}</p>
        <p className="mt-2">{t("programmeNews.email")}</p>
        <p className="mt-1 text-sm text-stone-600">{t("noChannel")}</p>
      </div>
    );
  }
  const kind = t(`kinds.${channel}`);
  const options: { value: Delivery; label: string }[] = [
    { value: "chat", label: t("programmeNews.chat", { kind }) },
    { value: "email", label: t("programmeNews.email") },
    { value: "both", label: t("programmeNews.both") },
  ];
  const errorText = (key: string) => (key === "chatNoChannel" ? t("noChannel") : te.has(key) ? te(key) : te("unexpected"));
  return (
    <form action={action} className="mt-4 space-y-3">
      <ActionErrorSummary state={state} errorText={errorText} />
      <fieldset aria-describedby="programme-news-hint programme-news-note">
        <legend className="font-medium">{t("programmeNews.label")}</legend>
        <p id="programme-news-hint" className="text-sm text-stone-600">{t("programmeNews.hint")}</p>
        <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-x-6">
          {options.map((o) => (
            <label key={o.value} className="flex items-center gap-2">
              <input type="radio" name="programmeNews" value={o.value} defaultChecked={programmeNews === o.value} />
              {o.label}
            </label>
          ))}
        </div>
        <p id="programme-news-note" className="mt-2 text-sm text-stone-600">{t("channelNote", { kind })}</p>
      </fieldset>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>{t("save")}</Button>
        <p role="status" className="text-sm text-brand-700">{state?.ok && t("saved")}</p>
      </div>
    </form>
  );
}
