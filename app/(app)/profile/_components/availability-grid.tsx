"use client";

import { useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { gridHours, presetSlots, slotKey, toggleSlots, weekdays, type SlotPreset } from "@/lib/profiles/availability";

const hourLabel = (hour: number) => `${String(hour).padStart(2, "0")}:00`;
const moves: Record<string, [number, number]> = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };
/** A position in the grid: column -1 holds the hour buttons, row -1 the day buttons; (-1, -1) is empty. */
type Position = { col: number; row: number };
const clamp = (value: number, max: number) => Math.min(max, Math.max(-1, value));

/**
 * Weekly availability (styled by .slot-grid in app/globals.css: 60 cells with no classes of their own): each hour is a real checkbox named availability[] (so the grid posts even before
 * JavaScript loads). The grid, with its day and hour buttons, is one tab stop; the arrow keys move inside
 * it (a roving tab stop), so keyboard users do not tab through 77 controls to leave it.
 */
export function AvailabilityGrid(props: { initial: string[]; invalid: boolean }) {
  const t = useTranslations("profile");
  const [selected, setSelected] = useState<Set<string>>(() => new Set(props.initial));
  const [focus, setFocus] = useState<Position>({ col: 0, row: 0 });
  const controls = useRef(new Map<string, HTMLElement>());

  const toggle = (group: string[]) => setSelected((current) => toggleSlots(current, group));
  const quick = (preset: SlotPreset) => toggle(presetSlots(preset));

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const col = clamp(focus.col + move[0], weekdays.length - 1);
    const row = clamp(focus.row + move[1], gridHours.length - 1);
    if (col === -1 && row === -1) return;
    setFocus({ col, row });
    controls.current.get(`${col}:${row}`)?.focus();
  };
  /** What every control of the grid needs to take part in the roving tab stop. */
  const nav = (col: number, row: number) => ({
    ref: (el: HTMLElement | null) => {
      if (el) controls.current.set(`${col}:${row}`, el);
      else controls.current.delete(`${col}:${row}`);
    },
    tabIndex: focus.col === col && focus.row === row ? 0 : -1,
    onFocus: () => setFocus({ col, row }),
    onKeyDown,
  });

  const quickButton = "rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100";
  return (
    <div>
      <div role="group" aria-label={t("availability.quick")} className="mt-3 flex flex-wrap gap-2">
        {(["mornings", "afternoons"] as const).map((preset) => (
          <button key={preset} type="button" className={quickButton} onClick={() => quick(preset)}>
            {t(`availability.${preset}`)}
          </button>
        ))}
        <button type="button" className={quickButton} onClick={() => setSelected(new Set())}>
          {t("availability.clear")}
        </button>
      </div>
      <div className="mt-3 overflow-x-auto rounded-md border border-stone-200 bg-white">
        <table className="slot-grid w-full min-w-[20rem] table-fixed border-separate border-spacing-1 text-center">
          <thead>
            <tr>
              <th scope="col" className="sticky left-0 z-10 w-16 bg-white px-1 text-left text-xs font-normal text-stone-600">
                {t("availability.hour")}
              </th>
              {weekdays.map((day, col) => (
                <th key={day} scope="col">
                  <button
                    type="button"
                    {...nav(col, -1)}
                    onClick={() => toggle(gridHours.map((h) => slotKey(day, h)))}
                  >
                    {/* The name starts with the text on the button (WCAG 2.5.3: a speech user says what they see). */}
                    <span className="sm:hidden">
                      {t(`daysShort.${day}`)}
                      <span className="sr-only"> ({t(`days.${day}`)})</span>
                    </span>
                    <span className="hidden sm:inline">{t(`days.${day}`)}</span>
                    <span className="sr-only">: {t("availability.toggleDayAction")}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {gridHours.map((hour, row) => (
              <tr key={hour}>
                <th scope="row">
                  <button
                    type="button"
                    {...nav(-1, row)}
                    aria-label={t("availability.toggleHour", { hour: hourLabel(hour) })}
                    onClick={() => toggle(weekdays.map((d) => slotKey(d, hour)))}
                  >
                    {hourLabel(hour)}
                  </button>
                </th>
                {weekdays.map((day, col) => {
                  const key = slotKey(day, hour);
                  return (
                    <td key={key}>
                      <label>
                        <input
                          type="checkbox"
                          {...nav(col, row)}
                          name="availability[]"
                          value={key}
                          checked={selected.has(key)}
                          onChange={() => toggle([key])}
                          aria-label={t("availability.cell", { day: t(`days.${day}`), hour: hourLabel(hour) })}
                          aria-invalid={props.invalid || undefined}
                        />
                        <span aria-hidden />
                      </label>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p aria-live="polite" className="mt-2 text-sm text-stone-700">
        {t("availability.count", { count: selected.size })}
      </p>
    </div>
  );
}
