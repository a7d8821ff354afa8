"use client";

import { useId, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/app/_components/ui/button";
import { acceptMatchAction, declineMatchAction } from "../actions";

type Props = { matchId: string; menteeName: string; reasons: string[]; maxText: number };

const primary = buttonClass();
const secondary = buttonClass({ variant: "secondary" });

/** Accept or decline one request; the server re-checks who may answer and whether there is room. */
export function RequestAnswer({ matchId, menteeName, reasons, maxText }: Props) {
  const t = useTranslations("matches");
  const tRoot = useTranslations();
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState("");
  const [text, setText] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const errorText = (key: string) => tRoot(key.includes(".") ? key : `errors.${key}`);
  const send = (action: typeof acceptMatchAction, fields: Record<string, string>, success: string) =>
    startTransition(async () => {
      const data = new FormData();
      for (const [key, value] of Object.entries({ matchId, ...fields })) data.append(key, value);
      const result = await action(null, data);
      setMessage(result.ok ? { ok: true, text: success } : { ok: false, text: errorText(result.fieldErrors ? Object.values(result.fieldErrors)[0] : result.error) });
    });

  return (
    <div className="mt-4 border-t border-stone-100 pt-3">
      {!declining ? (
        <div className="flex flex-wrap gap-2">
          <button type="button" className={primary} disabled={pending} onClick={() => send(acceptMatchAction, {}, t("answer.accepted"))}>
            {t("answer.accept", { name: menteeName })}
          </button>
          <button type="button" className={secondary} disabled={pending} onClick={() => setDeclining(true)}>
            {t("answer.decline")}
          </button>
        </div>
      ) : (
        <form
          className="space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            send(declineMatchAction, { reason, text }, t("answer.declined"));
          }}
        >
          <fieldset>
            <legend className="text-sm font-medium">{t("answer.reasonLabel")}</legend>
            <div className="mt-1 space-y-1">
              {reasons.map((value) => (
                <label key={value} className="flex items-center gap-2 text-sm">
                  <input type="radio" name={`${id}-reason`} value={value} required checked={reason === value} onChange={() => setReason(value)} />
                  {t(`reasons.${value}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <label htmlFor={`${id}-text`} className="text-sm font-medium">{t("answer.textLabel")}</label>
            <p id={`${id}-hint`} className="text-xs text-stone-600">{t("answer.textHint", { max: maxText })}</p>
            <textarea
              id={`${id}-text`}
              aria-describedby={`${id}-hint`}
              className="mt-1 w-full rounded-md border border-stone-300 p-2 text-sm"
              rows={3}
              maxLength={maxText}
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
          </div>
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={primary} disabled={pending || reason === ""}>
              {t("answer.confirmDecline")}
            </button>
            <button type="button" className={secondary} disabled={pending} onClick={() => setDeclining(false)}>
              {t("answer.cancel")}
            </button>
          </div>
        </form>
      )}
      {message && (
        <p role={message.ok ? "status" : "alert"} className={`mt-2 text-sm ${message.ok ? "text-teal-800" : "text-red-700"}`}>
          {message.text}
        </p>
      )}
    </div>
  );
}
