"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { secondaryButton } from "@/app/_components/action-form";
import { RunnerDisplayOptions, useRunnerDisplay } from "@/app/_components/runner/runner-display-options";
import { stepIdOf, useLiveRefresh, useOvertimeChime, useRunnerNow } from "@/app/_components/runner/use-runner-clock";
import { ActionButton } from "@/app/_components/ui/action-button";
import { formatTimer, stepTimer, type RunnerClock } from "@/lib/scheduling/time/runner-clock";
import { beginConversationAction, moveConversationStepAction, pauseConversationAction, resumeConversationAction } from "../../actions";

export type BoardStep = { key: string; title: string; prompts: string[]; minutes: number; closing: boolean };

type Props = {
  conversationId: string;
  steps: BoardStep[];
  /** Null until the conversation starts. */
  clock: RunnerClock | null;
  serverNow: number;
  /** Shown before the start and on the first step: the agreements and open actions of last time. */
  fromLastTime: ReactNode | null;
  /** Shown before the start: the day, the preparation sent, calling it off. */
  notStartedDetails: ReactNode;
  /** The closing step's record form. */
  closingForm: ReactNode;
};

/**
 * A guided conversation, step by step: the guide's steps in order, the current step's questions with a
 * countdown from the stored clock, and at the end the closing step where the two write down their
 * agreements and actions. Either of the two presses on; the other's screen follows. A step's time running
 * out gives a visual signal and, when this device has it on, a short chime; screen readers hear step
 * changes and the time being up, not every second.
 */
export function ConversationBoard({ conversationId, steps, clock, serverNow, fromLastTime, notStartedDetails, closingForm }: Props) {
  const t = useTranslations("conversations.run");
  const display = useRunnerDisplay();
  const { large, sound } = display;
  const stepId = stepIdOf(clock);
  const nowMs = useRunnerNow(serverNow, stepId);
  // Both screens follow each other's presses, before the start too (the other may press "start").
  useLiveRefresh(true);

  const index = clock ? Math.min(clock.stepIndex, steps.length - 1) : 0;
  const step = steps[index];
  const timer = clock ? stepTimer(clock, step.minutes, nowMs) : null;
  const overtime = timer !== null && timer.overtime;
  const paused = clock?.pausedAt != null;
  useOvertimeChime(stepId, overtime, sound);

  const announcement = !clock
    ? ""
    : paused
      ? t("announce.paused", { step: step.title })
      : overtime
        ? t("announce.timeUp", { step: step.title })
        : t("announce.step", { number: index + 1, total: steps.length, step: step.title });
  const ref = { conversationId };
  const headingSize = large ? "text-4xl" : "text-2xl";

  return (
    <div className={large ? "text-lg" : ""}>
      <RunnerDisplayOptions display={display} largeLabel={t("largeType")} soundLabel={t("sound")} />
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>

      <div className="mt-6 space-y-6">
        {!clock ? (
          <section aria-labelledby="runner-step-heading" className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
            <h2 id="runner-step-heading" className={`font-semibold ${large ? "text-3xl" : "text-xl"}`}>
              {t("notStarted")}
            </h2>
            <p className="mt-1 text-stone-700">{t("notStartedIntro")}</p>
            {notStartedDetails}
            <div className="mt-4">
              <ActionButton action={beginConversationAction} area="conversations" fields={ref} label={t("start")} pendingLabel={t("starting")} />
            </div>
          </section>
        ) : (
          <section aria-labelledby="runner-step-heading" className={`rounded-lg border-2 bg-white p-4 sm:p-5 ${overtime ? "border-amber-500" : "border-brand-500"}`}>
            <p className="text-sm font-medium text-stone-600">{step.closing ? t("closingStep", { minutes: step.minutes }) : t("stepOf", { number: index + 1, total: steps.length, minutes: step.minutes })}</p>
            <h2 id="runner-step-heading" className={`mt-1 font-semibold ${headingSize}`}>
              {step.title}
            </h2>
            <h3 className="sr-only">{t("questions")}</h3>
            <ul className={`mt-3 list-disc space-y-2 pl-5 ${large ? "text-2xl leading-snug" : "text-lg"}`}>
              {step.prompts.map((prompt) => (
                <li key={prompt}>{prompt}</li>
              ))}
            </ul>
            <div className={`mt-4 flex flex-wrap items-center gap-x-4 gap-y-1 rounded-md px-4 py-3 ${overtime ? "bg-amber-50" : "bg-stone-50"}`}>
              <div role="timer" aria-label={t("timeLeft")} className={`font-mono font-semibold tabular-nums ${large ? "text-7xl sm:text-8xl" : "text-5xl"} ${overtime ? "text-amber-900" : "text-stone-900"}`}>
                {timer ? formatTimer(timer.remainingMs) : ""}
              </div>
              <p className={`font-medium ${overtime ? "text-amber-900" : "text-stone-700"}`}>
                {paused ? t("paused") : overtime ? t("timeUp") : t("running")}
                {overtime && !paused && <span aria-hidden className="ml-2 inline-block h-3 w-3 rounded-full bg-amber-500 motion-safe:animate-pulse" />}
              </p>
            </div>
            <div className="mt-4 flex flex-wrap items-start gap-3">
              <ActionButton action={moveConversationStepAction} area="conversations" fields={{ ...ref, direction: "back", fromStep: String(index) }} label={t("back")} className={secondaryButton} disabled={index === 0} />
              {paused ? (
                <ActionButton action={resumeConversationAction} area="conversations" fields={ref} label={t("resume")} className={secondaryButton} />
              ) : (
                <ActionButton action={pauseConversationAction} area="conversations" fields={ref} label={t("pause")} className={secondaryButton} />
              )}
              {!step.closing && <ActionButton action={moveConversationStepAction} area="conversations" fields={{ ...ref, direction: "next", fromStep: String(index) }} label={t("next")} />}
            </div>
          </section>
        )}

        {(!clock || index === 0) && fromLastTime}
        {clock && step.closing && <section className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">{closingForm}</section>}

        <section aria-labelledby="runner-steps-heading">
          <h2 id="runner-steps-heading" className="text-lg font-semibold">
            {t("stepsHeading")}
          </h2>
          <ol className="mt-2 space-y-2">
            {steps.map((s, i) => {
              const current = clock !== null && i === index;
              const done = clock !== null && i < index;
              return (
                <li key={s.key} aria-current={current ? "step" : undefined} className={`rounded-md border px-3 py-2 ${current ? "border-brand-500 bg-brand-50" : "border-stone-200 bg-white"} ${done ? "text-stone-600" : ""}`}>
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <span className="font-medium">
                      {i + 1}. {s.title}
                      {done && <span className="sr-only"> ({t("stepDone")})</span>}
                    </span>
                    <span className="text-sm text-stone-600">{t("minutes", { minutes: s.minutes })}</span>
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      </div>
    </div>
  );
}
