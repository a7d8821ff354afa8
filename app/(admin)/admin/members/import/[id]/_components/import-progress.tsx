"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { MemberImportStatus } from "@/lib/members/import";
import { ButtonLink, buttonClass } from "@/app/_components/ui/button";

const POLL_MS = 500;

/** Polls the import's status until it is done or failed, and shows it as a progress bar. */
export function ImportProgress({ importId, initial }: { importId: string; initial: MemberImportStatus }) {
  const t = useTranslations("members.progress");
  const [status, setStatus] = useState(initial);
  const [lost, setLost] = useState(false);
  const finished = status.status === "done" || status.status === "failed";

  useEffect(() => {
    if (finished) return;
    let active = true;
    const timer = setInterval(async () => {
      try {
        const response = await fetch(`/admin/members/import/${importId}/status`, { cache: "no-store" });
        if (!response.ok) throw new Error(String(response.status));
        const next = (await response.json()) as MemberImportStatus;
        if (active) {
          setStatus(next);
          setLost(false);
        }
      } catch {
        if (active) setLost(true);
      }
    }, POLL_MS);
    return () => {
      active = false;
      clearInterval(timer);
    };
  }, [importId, finished]);

  const { processed, total } = status;
  // Only the phase is announced: a screen reader reading every number twice a second is noise.
  const phase =
    status.status === "done"
      ? t("done", { total })
      : status.status === "failed"
        ? t("failed")
        : status.status === "queued"
          ? t("queued")
          : processed >= total
            ? t("finishing")
            : t("writing");
  return (
    <div className="mt-6 max-w-xl">
      <label htmlFor="import-progress" className="block text-sm font-medium">
        {t("label")}
      </label>
      <progress
        id="import-progress"
        max={total}
        value={status.status === "done" ? total : processed}
        className="mt-2 h-3 w-full overflow-hidden rounded-full [&::-moz-progress-bar]:bg-brand-600 [&::-webkit-progress-bar]:bg-stone-200 [&::-webkit-progress-value]:bg-brand-600"
      />
      <p className="mt-2 text-sm tabular-nums text-stone-700">{t("running", { processed, total })}</p>
      <p role="status" aria-live="polite" className={`mt-4 ${status.status === "failed" ? "text-red-700" : "text-stone-900"}`}>
        {phase}
      </p>
      {lost && !finished && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {t("lost")}
        </p>
      )}
      {status.rejected > 0 && status.status !== "failed" && (
        <div className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          <p>{t("rejected", { count: status.rejected })}</p>
          <a href={`/admin/members/import/${importId}/rejected`} download className={buttonClass({ variant: "secondary", size: "sm", className: "mt-3 inline-block" })}>
            {t("downloadRejected", { count: status.rejected })}
          </a>
        </div>
      )}
      {finished && (
        <div className="mt-6 flex flex-wrap gap-3">
          <ButtonLink href="/admin/members">{t("toList")}</ButtonLink>
          <ButtonLink href="/admin/members/import" variant="secondary">
            {t("another")}
          </ButtonLink>
        </div>
      )}
    </div>
  );
}
