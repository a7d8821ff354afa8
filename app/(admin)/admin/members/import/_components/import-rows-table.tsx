"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ImportPreviewRow } from "@/lib/members/import-validation";

const ROWS_PER_PAGE = 100;

/** One page of preview rows at a time, so that a 10,000-row file renders as fast as a small one. */
export function ImportRowsTable({ rows, caption }: { rows: ImportPreviewRow[]; caption: string }) {
  const t = useTranslations("members.import");
  const tp = useTranslations("members.pagination");
  const [page, setPage] = useState(0);
  const pageCount = Math.max(1, Math.ceil(rows.length / ROWS_PER_PAGE));
  const shown = rows.slice(page * ROWS_PER_PAGE, (page + 1) * ROWS_PER_PAGE);
  const range = { from: page * ROWS_PER_PAGE + 1, to: page * ROWS_PER_PAGE + shown.length, total: rows.length };
  // The result comes right after the row number: on a phone it is what the admin must see without scrolling.
  const columns = ["row", "result", "name", "email", "department", "manager", "language"] as const;
  return (
    <div className="mt-3">
      <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full min-w-[52rem] text-left text-sm">
          <caption className="sr-only">
            {caption}, {t("tablePage", range)}
          </caption>
          <thead className="border-b border-stone-300 bg-stone-50">
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col" className="px-3 py-2 font-medium text-stone-700">
                  {t(`columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.row} className={`border-b border-stone-100 align-top ${row.errors.length > 0 ? "bg-red-50" : ""}`}>
                <th scope="row" className="px-3 py-2 font-normal tabular-nums text-stone-600">{row.row}</th>
                <td className="min-w-56 px-3 py-2">
                  {row.errors.length > 0 ? (
                    <ul className="space-y-0.5 text-red-800">
                      {row.errors.map((e) => (
                        <li key={e.code}>{t(`rowErrors.${e.code}`, { row: e.firstRow ?? "" })}</li>
                      ))}
                    </ul>
                  ) : row.notice ? (
                    <span className="text-amber-900">{t(`notices.${row.notice}`)}</span>
                  ) : (
                    <span className="text-brand-700">{t("ok")}</span>
                  )}
                  {row.formulaLike && <p className="mt-0.5 text-amber-900">{t("notices.formulaLike")}</p>}
                </td>
                <td className="px-3 py-2">{row.name}</td>
                <td className="px-3 py-2 break-words">{row.email}</td>
                <td className="px-3 py-2">{row.department}</td>
                <td className="px-3 py-2 break-words">{row.managerEmail}</td>
                <td className="px-3 py-2 uppercase">{row.language}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pageCount > 1 && (
        <div className="mt-2 flex flex-wrap items-center justify-between gap-2 text-sm">
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-100 disabled:opacity-40">
            {tp("previous")}
          </button>
          <span aria-live="polite">{t("tablePage", range)}</span>
          <button type="button" disabled={page >= pageCount - 1} onClick={() => setPage(page + 1)} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-100 disabled:opacity-40">
            {tp("next")}
          </button>
        </div>
      )}
    </div>
  );
}
