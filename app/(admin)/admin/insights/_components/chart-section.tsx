"use client";

import { useState, type ReactNode } from "react";

/**
 * One figure of the page: a heading, what it counts, the chart, and the same figures as a real table in a
 * <details> (for screen readers, and for anyone who wants the numbers). The table scrolls in its own box.
 * It is drawn when the details are first opened: closed, they show nothing, and the page's HTML then
 * carries no copy of every chart's figures (issue 16).
 */
export function ChartSection({ id, heading, description, chart, table, tableLabel, legend }: {
  id: string;
  heading: string;
  description: string;
  chart: ReactNode;
  table: ReactNode;
  tableLabel: string;
  legend?: ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {heading}
      </h2>
      <p className="mt-1 max-w-2xl text-sm text-stone-700">{description}</p>
      {legend}
      <div className="mt-3 max-w-2xl">{chart}</div>
      <details className="mt-3" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
        <summary className="cursor-pointer text-sm font-medium text-brand-700">{tableLabel}</summary>
        {/* Focusable, so that a keyboard can scroll a table wider than a phone. */}
        {opened && (
          <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={tableLabel}>
            {table}
          </div>
        )}
      </details>
    </section>
  );
}

/**
 * A chart drawn twice, narrow for phones and wide from the sm breakpoint on, so that its text stays
 * readable at both sizes; only one is displayed (and so in the accessibility tree) at a time.
 */
export function ResponsiveChart({ render }: { render: (width: number, suffix: string) => ReactNode }) {
  return (
    <>
      <div className="sm:hidden">{render(320, "narrow")}</div>
      <div className="hidden sm:block">{render(560, "wide")}</div>
    </>
  );
}

/** A plain, compact table for the figures behind a chart. */
export function FigureTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <table className="min-w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-stone-300">
        <tr>
          {head.map((h, i) => (
            <th key={h} scope="col" className={`px-2 py-1.5 font-medium text-stone-700 ${i > 0 ? "text-right" : ""}`}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={String(row[0])} className="border-b border-stone-100">
            {row.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row" className="whitespace-nowrap px-2 py-1.5 font-normal">
                  {cell}
                </th>
              ) : (
                <td key={i} className="whitespace-nowrap px-2 py-1.5 text-right tabular-nums">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
