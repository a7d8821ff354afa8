"use client";

import type { ReactNode } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { RunnerDisplayOptions, useRunnerDisplay } from "@/app/_components/runner/runner-display-options";
import { stepIdOf, useLiveRefresh, useOvertimeChime, useRunnerNow } from "@/app/_components/runner/use-runner-clock";
import { formatTimer, stepTimer, type RunnerClock } from "@/lib/scheduling/time/runner-clock";
import { ActionButton, primaryButton, secondaryButton } from "../../../_components/session-form-parts";
import { finishRunnerAction, moveStepAction, pauseRunnerAction, resumeRunnerAction, startRunnerAction } from "../actions";
import { StepNotes, type BoardNote } from "./step-notes";

export type BoardStep = { key: string; title: string; instruction: string; minutes: number; presenterTurnedAway: boolean; showsPreviousActions: boolean };

type Props = {
  groupId: string;
  sessionId: string;
  steps: BoardStep[];
  state: { clock: RunnerClock; finished: boolean } | null;
  /** The server's clock when the page was read: the countdown corrects this device's clock by it. */
  serverNow: number;
  canFacilitate: boolean;
  canTakeNotes: boolean;
  /** Changes are possible: the group is published, the session neither cancelled nor over without the runner. */
  canStart: boolean;
  open: boolean;
  caseBlock: ReactNode;
  previousActions: ReactNode | null;
  notes: BoardNote[];
};

/**
 * The runner: the method's steps in order, the current step's instruction with a countdown from the stored
 * clock, and the case beside it (below it on a phone). Whoever runs the session gets the buttons; the
 * others follow on their own screens. A step's time running out gives a visual signal and, when this
 * device has it switched on, a short chime; screen readers hear step changes and the time being up, not
 * every second.
 */
export function RunnerBoard(props: Props) {
  const { groupId, sessionId, steps, state, serverNow, canFacilitate, canTakeNotes, canStart, open, caseBlock, previousActions, notes } = props;
  const t = useTranslations("codevSessions.run");
  const display = useRunnerDisplay();
  const { large, sound } = display;
  const clock = state?.clock ?? null;
  const live = state !== null && !state.finished;
  const stepId = stepIdOf(clock);
  // The countdown runs on this device's clock, corrected by the server's; the others follow the presses.
  const nowMs = useRunnerNow(serverNow, stepId);
  useLiveRefresh(!state?.finished && open);

  const index = clock ? Math.min(clock.stepIndex, steps.length - 1) : 0;
  const step = steps[index];
  const timer = clock ? stepTimer(clock, step.minutes, nowMs) : null;
  const overtime = live && timer !== null && timer.overtime;
  const paused = clock?.pausedAt != null;
  useOvertimeChime(stepId, overtime, sound);

  const announcement = !state
    ? ""
    : state.finished
      ? t("ended")
      : paused
        ? t("announce.paused", { step: step.title })
        : overtime
          ? t("announce.timeUp", { step: step.title })
          : t("announce.step", { number: index + 1, total: steps.length, step: step.title });
  const ref = { groupId, sessionId };
  const last = index === steps.length - 1;

  return (
    <div className={large ? "text-lg" : ""}>
      <RunnerDisplayOptions display={display} largeLabel={t("largeType")} soundLabel={t("sound")} />
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>

      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-6">
          {!state ? (
            <section aria-labelledby="runner-step-heading" className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
              <h2 id="runner-step-heading" className={`font-semibold ${large ? "text-3xl" : "text-xl"}`}>
                {t("notStarted")}
              </h2>
              <p className="mt-1 text-stone-700">{canFacilitate ? t("notStartedFacilitator") : t("notStartedMember")}</p>
              {canFacilitate && canStart && (
                <div className="mt-4">
                  <ActionButton action={startRunnerAction} fields={ref} label={t("start")} pendingLabel={t("starting")} />
                </div>
              )}
            </section>
          ) : state.finished ? (
            <section aria-labelledby="runner-step-heading" className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
              <h2 id="runner-step-heading" className={`font-semibold ${large ? "text-3xl" : "text-xl"}`}>
                {t("ended")}
              </h2>
              <p className="mt-1 text-stone-700">{t("endedIntro")}</p>
              <Link href={`/groups/${groupId}/sessions/${sessionId}/feedback`} className={`mt-4 inline-block ${primaryButton}`}>
                {t("giveFeedback")}
              </Link>
            </section>
          ) : (
            <section aria-labelledby="runner-step-heading" className={`rounded-lg border-2 bg-white p-4 sm:p-5 ${overtime ? "border-amber-500" : "border-brand-500"}`}>
              <p className="text-sm font-medium text-stone-600">{t("stepOf", { number: index + 1, total: steps.length, minutes: step.minutes })}</p>
              <h2 id="runner-step-heading" className={`mt-1 font-semibold ${large ? "text-4xl" : "text-2xl"}`}>
                {step.title}
              </h2>
              <p className={`mt-2 ${large ? "text-2xl leading-snug" : "text-lg"}`}>{step.instruction}</p>
              {step.presenterTurnedAway && <p className="mt-3 rounded-md bg-stone-100 px-3 py-2 font-medium text-stone-800">{t("presenterTurnedAway")}</p>}
              <div className={`mt-4 flex flex-wrap items-center gap-x-4 gap-y-1 rounded-md px-4 py-3 ${overtime ? "bg-amber-50" : "bg-stone-50"}`}>
                <div
                  role="timer"
                  aria-label={t("timeLeft")}
                  className={`font-mono font-semibold tabular-nums ${large ? "text-7xl sm:text-8xl" : "text-5xl"} ${overtime ? "text-amber-900" : "text-stone-900"}`}
                >
                  {timer ? formatTimer(timer.remainingMs) : ""}
                </div>
                <p className={`font-medium ${overtime ? "text-amber-900" : "text-stone-700"}`}>
                  {paused ? t("paused") : overtime ? t("timeUp") : t("running")}
                  {overtime && !paused && <span aria-hidden className="ml-2 inline-block h-3 w-3 rounded-full bg-amber-500 motion-safe:animate-pulse" />}
                </p>
              </div>
              {canFacilitate && open && (
                <div className="mt-4 flex flex-wrap items-start gap-3">
                  <ActionButton action={moveStepAction} fields={{ ...ref, direction: "back", fromStep: String(index) }} label={t("back")} className={secondaryButton} disabled={index === 0} />
                  {paused ? (
                    <ActionButton action={resumeRunnerAction} fields={ref} label={t("resume")} className={secondaryButton} />
                  ) : (
                    <ActionButton action={pauseRunnerAction} fields={ref} label={t("pause")} className={secondaryButton} />
                  )}
                  {last ? (
                    <ActionButton action={finishRunnerAction} fields={ref} label={t("finish")} pendingLabel={t("finishing")} />
                  ) : (
                    <ActionButton action={moveStepAction} fields={{ ...ref, direction: "next", fromStep: String(index) }} label={t("next")} />
                  )}
                </div>
              )}
            </section>
          )}

          {(!state || live) && step.showsPreviousActions && previousActions}
          {live && <StepNotes groupId={groupId} sessionId={sessionId} step={step} notes={notes.filter((n) => n.stepKey === step.key)} canWrite={canTakeNotes && open} />}

          <section aria-labelledby="runner-steps-heading">
            <h2 id="runner-steps-heading" className="text-lg font-semibold">
              {t("stepsHeading")}
            </h2>
            <ol className="mt-2 space-y-2">
              {steps.map((s, i) => {
                const current = live && i === index;
                const done = state?.finished || (live && i < index);
                return (
                  <li
                    key={s.key}
                    aria-current={current ? "step" : undefined}
                    className={`rounded-md border px-3 py-2 ${current ? "border-brand-500 bg-brand-50" : "border-stone-200 bg-white"} ${done ? "text-stone-600" : ""}`}
                  >
                    <div className="flex flex-wrap items-baseline justify-between gap-2">
                      <span className="font-medium">
                        {i + 1}. {s.title}
                        {done && <span className="sr-only"> ({t("stepDone")})</span>}
                      </span>
                      <span className="text-sm text-stone-600">{t("minutes", { minutes: s.minutes })}</span>
                    </div>
                    {!live && <p className="mt-1 text-sm text-stone-700">{s.instruction}</p>}
                  </li>
                );
              })}
            </ol>
          </section>
        </div>

        <aside aria-labelledby="runner-case-heading" className="min-w-0 self-start rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
          <h2 id="runner-case-heading" className="text-lg font-semibold">
            {t("caseHeading")}
          </h2>
          <div className="mt-3">{caseBlock}</div>
        </aside>
      </div>
    </div>
  );
}
