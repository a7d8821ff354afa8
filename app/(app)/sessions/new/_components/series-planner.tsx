"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { PlannableMember, ProposedSlot, SlotProposal } from "@/lib/scheduling/plan-queries";
import { PARTICIPANTS_MIN } from "@/lib/scheduling/schemas";
import { Button } from "@/app/_components/ui/button";
import { useSchedulingErrorText } from "../../_components/use-scheduling-error-text";
import { proposeSlotsAction } from "../actions";
import { ParticipantPicker } from "./participant-picker";
import { SeriesForm } from "./series-form";
import { SlotList } from "./slot-list";

const input = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base";
const section = "rounded-lg border border-stone-200 bg-white p-4 sm:p-5";

export type SeriesPlannerProps = { defaultWeek: string; defaultTimeZone: string; timeZones: { preferred: string[]; others: string[] } };

/** The three steps of planning: people, a time that suits them, the series. */
export function SeriesPlanner({ defaultWeek, defaultTimeZone, timeZones }: SeriesPlannerProps) {
  const t = useTranslations("scheduling.planner");
  const errorText = useSchedulingErrorText();
  const [people, setPeople] = useState<PlannableMember[]>([]);
  const [week, setWeek] = useState(defaultWeek);
  const [duration, setDuration] = useState(90);
  const [timeZone, setTimeZone] = useState(defaultTimeZone);
  const [proposal, setProposal] = useState<SlotProposal | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [slot, setSlot] = useState<ProposedSlot | null>(null);
  const [loading, startLoading] = useTransition();
  const enough = people.length >= PARTICIPANTS_MIN;
  const ids = people.map((p) => p.membershipId);

  // Any change to the question makes the old answer stale.
  const reset = () => {
    setProposal(null);
    setSlot(null);
  };
  const findSlots = () =>
    startLoading(async () => {
      const result = await proposeSlotsAction({ membershipIds: ids, weekStart: week, durationMinutes: duration, timeZone });
      setError(result.ok ? null : result.error);
      setProposal(result.ok ? result.data : null);
      setSlot(result.ok ? (result.data.slots[0] ?? null) : null);
    });

  return (
    <div className="space-y-6">
      <section aria-labelledby="people-heading" className={section}>
        <h2 id="people-heading" className="mb-3 text-lg font-semibold">{t("people")}</h2>
        <ParticipantPicker chosen={people} onChange={(next) => { setPeople(next); reset(); }} />
      </section>

      <section aria-labelledby="slots-heading" className={section}>
        <h2 id="slots-heading" className="text-lg font-semibold">{t("slots")}</h2>
        <div className="mt-3 grid gap-3 sm:grid-cols-3">
          <div>
            <label htmlFor="week" className="block text-sm font-medium">{t("week")}</label>
            <input id="week" type="date" value={week} onChange={(e) => { setWeek(e.target.value); reset(); }} className={input} />
          </div>
          <div>
            <label htmlFor="duration" className="block text-sm font-medium">{t("duration")}</label>
            <input id="duration" type="number" inputMode="numeric" min={15} max={480} step={15} value={duration} onChange={(e) => { setDuration(Number(e.target.value)); reset(); }} className={input} />
          </div>
          <div>
            <label htmlFor="zone" className="block text-sm font-medium">{t("timeZone")}</label>
            <select id="zone" value={timeZone} onChange={(e) => { setTimeZone(e.target.value); reset(); }} className={input}>
              {[...timeZones.preferred, ...timeZones.others].map((zone) => <option key={zone} value={zone}>{zone}</option>)}
            </select>
          </div>
        </div>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <Button onClick={findSlots} disabled={!enough || loading}>
            {loading ? t("loadingSlots") : t("showSlots")}
          </Button>
          {!enough && <p className="text-sm text-stone-600">{t("needPeople")}</p>}
          {error && <p role="alert" className="text-sm text-red-700">{errorText(error)}</p>}
        </div>
        {proposal && (
          <div className="mt-4 space-y-3" aria-live="polite">
            {proposal.withoutAvailability.length > 0 && (
              <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t("missingAvailability", { names: proposal.withoutAvailability.join(", ") })}</p>
            )}
            {proposal.slots.length === 0 ? (
              <p className="text-stone-700">{t("noSlots")}</p>
            ) : (
              <SlotList slots={proposal.slots} total={people.length} timeZone={timeZone} chosen={slot?.startsAt ?? null} onChoose={setSlot} />
            )}
          </div>
        )}
      </section>

      {enough && (
        <section aria-labelledby="series-heading" className={section}>
          <h2 id="series-heading" className="mb-3 text-lg font-semibold">{t("series")}</h2>
          <SeriesForm
            key={`${slot?.startsAt ?? "none"}:${ids.join()}:${timeZone}:${duration}`}
            membershipIds={ids}
            timeZone={timeZone}
            durationMinutes={duration}
            firstDate={slot?.localDate ?? week}
            startTime={slot?.localTime ?? "19:00"}
          />
        </section>
      )}
    </div>
  );
}
