import { gridHours, weekdays } from "@/db/seed-data";

// Pure helpers for the weekly availability grid, shared by the form (client), the schema and the tests.

export type Weekday = (typeof weekdays)[number];
export { gridHours, weekdays };

/** "mon-09": the hour starting at 09:00 on Monday, in the member's own time zone. */
export function slotKey(day: Weekday, hour: number): string {
  return `${day}-${String(hour).padStart(2, "0")}`;
}

/** Every slot of the grid in reading order (day by day, hour by hour). */
export const allSlotKeys: readonly string[] = weekdays.flatMap((day) => gridHours.map((hour) => slotKey(day, hour)));

const slotOrder = new Map(allSlotKeys.map((key, index) => [key, index]));

export function isSlotKey(value: string): boolean {
  return slotOrder.has(value);
}

/** Deduplicated and in grid order, so that the stored array does not change when nothing changed. */
export function sortSlots(slots: Iterable<string>): string[] {
  return [...new Set(slots)].filter(isSlotKey).sort((a, b) => slotOrder.get(a)! - slotOrder.get(b)!);
}

/** The quick choices of the grid; each covers these hours on every weekday. */
export const slotPresets = {
  mornings: [8, 9, 10, 11],
  afternoons: [13, 14, 15, 16],
} as const satisfies Record<string, readonly number[]>;

export type SlotPreset = keyof typeof slotPresets;

export function presetSlots(preset: SlotPreset): string[] {
  const hours: readonly number[] = slotPresets[preset];
  return weekdays.flatMap((day) => gridHours.filter((h) => hours.includes(h)).map((h) => slotKey(day, h)));
}

/**
 * Toggles a group of slots (a day, an hour, a preset) the way people expect from a header click: when all
 * of them are already chosen they are all removed, otherwise the missing ones are added.
 */
export function toggleSlots(selected: ReadonlySet<string>, group: readonly string[]): Set<string> {
  const next = new Set(selected);
  const allOn = group.every((key) => next.has(key));
  for (const key of group) {
    if (allOn) next.delete(key);
    else next.add(key);
  }
  return next;
}

export type DayRanges = { day: Weekday; ranges: { from: number; to: number }[] };

/** "mon-09", "mon-10", "mon-14" → Monday 09:00–11:00 and 14:00–15:00: the profile's grid, read aloud. */
export function availabilityRanges(slots: readonly string[]): DayRanges[] {
  const chosen = new Set(slots);
  const out: DayRanges[] = [];
  for (const day of weekdays) {
    const hours = [...chosen]
      .filter((s) => s.startsWith(`${day}-`))
      .map((s) => Number(s.slice(4)))
      .filter((h) => Number.isInteger(h))
      .sort((a, b) => a - b);
    const ranges: { from: number; to: number }[] = [];
    for (const h of hours) {
      const last = ranges.at(-1);
      if (last && last.to === h) last.to = h + 1;
      else ranges.push({ from: h, to: h + 1 });
    }
    if (ranges.length > 0) out.push({ day, ranges });
  }
  return out;
}
