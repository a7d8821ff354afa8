"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { breakMatchAction, pinMatchAction, publishRunAction, runMatchingAction, swapMentorsAction } from "../actions";

type Pair = { id: string; mentor: string; mentee: string; score: string; reasons: string[]; pinned: boolean };
type Props = { programmeId: string; responseDays: number; run: { id: string; proposed: boolean } | null; pairs: Pair[]; unmatched: Array<{ name: string; reasons: string[] }> };
type Action = (previous: ActionResult | null, data: FormData) => Promise<ActionResult>;

const button = "rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-50 disabled:opacity-50";
const primary = "rounded-md bg-teal-700 px-4 py-2 font-medium text-white hover:bg-teal-800 disabled:opacity-50";

/** The proposal's controls: every change goes through a server action that re-checks role and rules. */
export function ProposalControls({ programmeId, responseDays, run, pairs, unmatched }: Props) {
  const t = useTranslations("mentoring");
  const tRoot = useTranslations();
  const [pending, startTransition] = useTransition();
  const [running, setRunning] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const editable = run?.proposed === true;

  // Error keys come back as "mentoring.…" (rule refusals) or as a key of the shared "errors" messages.
  const errorText = (key: string) => tRoot(key.includes(".") ? key : `errors.${key}`);
  const call = (action: Action, fields: Record<string, string>, success: string, isRun = false) =>
    startTransition(async () => {
      setRunning(isRun);
      const data = new FormData();
      for (const [key, value] of Object.entries({ programmeId, ...fields })) data.append(key, value);
      const result = await action(null, data);
      setRunning(false);
      setMessage(result.ok ? { ok: true, text: success } : { ok: false, text: errorText(result.error) });
      if (result.ok) setPicked([]);
    });
  const togglePick = (id: string) => setPicked((current) => (current.includes(id) ? current.filter((p) => p !== id) : [...current.slice(-1), id]));

  return (
    <div className="mt-6 space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        {/* After publishing, a new round places the mentees still without a mentor (late sign-ups, no mentor left). */}
        <button type="button" className={primary} disabled={pending} onClick={() => call(runMatchingAction, {}, t("proposal.saved"), true)}>
          {running ? t("proposal.running") : run === null ? t("proposal.run") : editable ? t("proposal.rerun") : t("proposal.newRound")}
        </button>
        {running && <span role="status" aria-live="polite" className="h-5 w-5 animate-spin rounded-full border-2 border-teal-700 border-t-transparent" />}
        {message && (
          <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-teal-800" : "text-red-700"}>
            {message.text}
          </p>
        )}
      </div>
      {run === null && <p className="text-stone-700">{t("proposal.none")}</p>}
      {pairs.length > 0 && (
        <section>
          <h2 className="text-lg font-semibold">{t("proposal.pairs")}</h2>
          {editable && <p className="mt-1 text-sm text-stone-600">{t("proposal.swapHint")}</p>}
          <ul className="mt-3 space-y-3">
            {pairs.map((pair) => (
              <li key={pair.id} className="rounded-lg border border-stone-200 bg-white p-4">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p>
                    <span className="text-sm text-stone-600">{t("proposal.mentor")}</span> <strong>{pair.mentor}</strong> ·{" "}
                    <span className="text-sm text-stone-600">{t("proposal.mentee")}</span> <strong>{pair.mentee}</strong>
                  </p>
                  <p className="text-sm font-medium">
                    {t("proposal.score", { score: pair.score })}
                    {pair.pinned && <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-amber-900">{t("proposal.pinned")}</span>}
                  </p>
                </div>
                <ul className="mt-2 list-disc pl-5 text-sm text-stone-700">
                  {pair.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
                {editable && (
                  <div className="mt-3 flex flex-wrap items-center gap-2">
                    <button type="button" className={button} disabled={pending} onClick={() => call(pinMatchAction, { matchId: pair.id, pinned: String(!pair.pinned) }, t("proposal.saved"))}>
                      {pair.pinned ? t("proposal.unpin") : t("proposal.pin")}
                    </button>
                    <button type="button" className={button} disabled={pending} onClick={() => call(breakMatchAction, { matchId: pair.id }, t("proposal.saved"))}>
                      {t("proposal.break")}
                    </button>
                    <label className="flex items-center gap-2 text-sm">
                      <input type="checkbox" checked={picked.includes(pair.id)} onChange={() => togglePick(pair.id)} />
                      {t("proposal.swapPick")}
                    </label>
                  </div>
                )}
              </li>
            ))}
          </ul>
          {editable && (
            <button type="button" className={`${button} mt-3`} disabled={pending || picked.length !== 2} onClick={() => call(swapMentorsAction, { first: picked[0], second: picked[1] }, t("proposal.saved"))}>
              {t("proposal.swap")}
            </button>
          )}
        </section>
      )}
      {run && (
        <section>
          <h2 className="text-lg font-semibold">{t("proposal.unmatchedTitle")}</h2>
          {unmatched.length === 0 ? (
            <p className="mt-2 text-stone-700">{t("proposal.unmatchedNone")}</p>
          ) : (
            <ul className="mt-3 space-y-2">
              {unmatched.map((u) => (
                <li key={u.name} className="rounded-lg border border-stone-200 bg-white p-3">
                  <strong>{u.name}</strong>
                  <ul className="mt-1 list-disc pl-5 text-sm text-stone-700">
                    {u.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {editable && run && pairs.length > 0 && (
        <section className="rounded-lg border border-teal-200 bg-teal-50 p-4">
          {confirming ? (
            <div className="space-y-3">
              <p>{t("proposal.publishConfirm", { count: pairs.length, days: responseDays })}</p>
              <div className="flex flex-wrap gap-2">
                <button type="button" className={primary} disabled={pending} onClick={() => call(publishRunAction, { runId: run.id }, t("proposal.publishedOk"))}>
                  {t("proposal.publishYes")}
                </button>
                <button type="button" className={button} onClick={() => setConfirming(false)}>
                  {t("proposal.cancel")}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" className={primary} onClick={() => setConfirming(true)}>
              {t("proposal.publish")}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
