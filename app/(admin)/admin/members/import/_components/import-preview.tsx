"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ImportPreview as Preview } from "@/lib/members/import";
import { Button } from "@/app/_components/ui/button";
import type { ImportMode } from "@/lib/members/schemas";
import { rejectedFileName, rejectedRowsCsv } from "@/lib/members/rejected-csv";
import { ImportRowsTable } from "./import-rows-table";

type Props = {
  preview: Extract<Preview, { ok: true }>;
  fileName: string;
  mode: ImportMode;
  onModeChange: (mode: ImportMode) => void;
  importing: boolean;
  importError: string | null;
  onImport: () => void;
};

export function ImportPreview({ preview, fileName, mode, onModeChange, importing, importError, onImport }: Props) {
  const t = useTranslations("members.import");
  const [showAll, setShowAll] = useState(false);
  const { counts } = preview;
  const errorRows = counts.withErrors > 0 ? preview.rows.filter((r) => r.errors.length > 0) : [];
  // Rows with errors are in neither count: in mode "valid" these are the people the import writes.
  const importable = counts.invite + counts.reinvite;
  const refused = counts.withErrors > 0 && mode === "all";
  const blocked = refused || importable === 0;
  const download = () => {
    const blob = new Blob([`\uFEFF${rejectedRowsCsv(errorRows, (key, values) => t(key, values))}`], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = rejectedFileName(fileName, (key, values) => t(key, values));
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <section aria-labelledby="preview-title" className="mt-8">
      <h2 id="preview-title" className="text-xl font-semibold">
        {t("previewTitle", { fileName })}
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2 text-sm">
        <li className="rounded-full bg-stone-200 px-3 py-1">{t("summary.total", { count: counts.total })}</li>
        <li className="rounded-full bg-brand-100 px-3 py-1 text-brand-900">{t("summary.invite", { count: counts.invite })}</li>
        {counts.reinvite > 0 && <li className="rounded-full bg-amber-100 px-3 py-1 text-amber-900">{t("summary.reinvite", { count: counts.reinvite })}</li>}
        {counts.skip > 0 && <li className="rounded-full bg-stone-100 px-3 py-1 text-stone-800">{t("summary.skip", { count: counts.skip })}</li>}
        {counts.withErrors > 0 && <li className="rounded-full bg-red-100 px-3 py-1 font-medium text-red-900">{t("summary.errors", { count: counts.withErrors })}</li>}
      </ul>

      <details className="mt-4 rounded-lg border border-stone-200 bg-white p-4 text-sm">
        <summary className="cursor-pointer font-medium">{t("rulesTitle")}</summary>
        <p className="mt-2 text-stone-700">{t("ruleActive")}</p>
        <p className="mt-1 text-stone-700">{t("ruleInvited")}</p>
      </details>

      {counts.withErrors > 0 && (
        <fieldset className="mt-4 rounded-lg border border-stone-200 bg-white p-4 text-sm">
          <legend className="px-1 font-medium">{t("mode.legend", { count: counts.withErrors })}</legend>
          {(["all", "valid"] as const).map((option) => (
            <label key={option} className="mt-2 flex items-start gap-2">
              <input type="radio" name="mode" value={option} checked={mode === option} onChange={() => onModeChange(option)} className="mt-1" />
              <span>
                <span className="font-medium">{t(`mode.${option}`)}</span>
                <span className="block text-stone-700">{t(`mode.${option}Help`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}

      <div role="status" className={`mt-4 rounded-lg p-4 text-sm ${refused ? "bg-red-50 text-red-900" : "bg-brand-50 text-brand-900"}`}>
        {refused
          ? t("blocked")
          : importable === 0
            ? t("reasons.nothingToImport")
            : counts.withErrors > 0
              ? t("readyWithout", { count: counts.withErrors })
              : t("ready")}
      </div>

      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button onClick={onImport} disabled={blocked || importing}>
          {importing ? t("starting") : t("submit", { count: importable })}
        </Button>
        {importError && (
          <p role="alert" className="text-sm text-red-700">
            {importError}
          </p>
        )}
      </div>

      {errorRows.length > 0 && (
        <>
          <div className="mt-8 flex flex-wrap items-center gap-3">
            <h3 className="text-lg font-semibold text-red-900">{t("errorRows")}</h3>
            <Button variant="secondary" size="sm" onClick={download}>
              {t("rejected.download", { count: errorRows.length })}
            </Button>
          </div>
          <ImportRowsTable rows={errorRows} caption={t("errorRows")} />
        </>
      )}

      <div className="mt-8 flex flex-wrap items-center gap-3">
        <h3 className="text-lg font-semibold">{t("allRows")}</h3>
        <button type="button" aria-expanded={showAll} aria-controls="all-rows" onClick={() => setShowAll(!showAll)} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-100">
          {showAll ? t("hideAll") : t("showAll")}
        </button>
      </div>
      <div id="all-rows">{showAll && <ImportRowsTable rows={preview.rows} caption={t("allRows")} />}</div>
    </section>
  );
}
