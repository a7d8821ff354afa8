"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ProposedSlot } from "@/lib/scheduling/plan-queries";

/** The proposed times as radio buttons, best first, each saying who can and cannot come. */
export function SlotList({ slots, total, timeZone, chosen, onChoose }: { slots: ProposedSlot[]; total: number; timeZone: string; chosen: string | null; onChoose: (slot: ProposedSlot) => void }) {
  const t = useTranslations("scheduling.planner");
  const format = useFormatter();
  return (
    <fieldset>
      <legend className="sr-only">{t("slotsLabel")}</legend>
      <ul className="space-y-2">
        {slots.map((slot) => {
          const checked = chosen === slot.startsAt;
          return (
            <li key={slot.startsAt}>
              <label className={`flex cursor-pointer gap-3 rounded-md border p-3 ${checked ? "border-brand-600 bg-brand-50" : "border-stone-200 bg-white hover:border-stone-400"}`}>
                <input type="radio" name="slot" value={slot.startsAt} checked={checked} onChange={() => onChoose(slot)} className="mt-1" />
                <span className="min-w-0">
                  <span className="block font-medium">
                    {format.dateTime(new Date(slot.startsAt), { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone })}
                  </span>
                  <span className={`mt-0.5 inline-block rounded-full px-2 text-sm font-medium ${slot.everyone ? "bg-brand-100 text-brand-900" : "bg-amber-50 text-amber-900"}`}>
                    {slot.everyone ? t("everyone") : t("some", { count: slot.available.length, total })}
                  </span>
                  {!slot.everyone && (
                    <span className="mt-1 block text-sm text-stone-700">
                      {t("canCome", { names: slot.available.join(", ") })}
                      <br />
                      {t("cannotCome", { names: slot.unavailable.join(", ") })}
                    </span>
                  )}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
