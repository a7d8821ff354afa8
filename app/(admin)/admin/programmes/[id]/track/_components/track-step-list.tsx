"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { ButtonLink, buttonClass } from "@/app/_components/ui/button";
import { moveTrackStepAction } from "../actions";
import { TrackStepRemoveDialog } from "./track-step-remove-dialog";
import { useTrackErrorText } from "./use-track-error-text";

/** One step as the list shows it, worded on the server. */
export type StepItem = { id: string; number: number; title: string; line: string; details: string[]; editHref: string };

/**
 * The track's steps in order, each with buttons to move it up or down (not only by dragging: keyboard and
 * screen-reader users move steps the same way), to edit it and to remove it after a confirmation. After a
 * move the focus stays on the moved step's button, and the new place is announced.
 */
export function TrackStepList({ programmeId, steps, editable }: { programmeId: string; steps: StepItem[]; editable: boolean }) {
  const t = useTranslations("tracks.admin");
  const errorText = useTrackErrorText();
  const [state, action, pending] = useActionState<ActionResult<{ position: number }> | null, FormData>(moveTrackStepAction, null);
  const pressed = useRef<{ stepId: string; direction: "up" | "down" } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!state || !pressed.current) return;
    const { stepId, direction } = pressed.current;
    pressed.current = null;
    const item = listRef.current?.querySelector(`[data-step="${stepId}"]`);
    const same = item?.querySelector<HTMLButtonElement>(`[data-move="${direction}"]`);
    const other = item?.querySelector<HTMLButtonElement>(`[data-move="${direction === "up" ? "down" : "up"}"]`);
    (same && !same.disabled ? same : other)?.focus();
  }, [state, steps]);

  const small = buttonClass({ variant: "secondary", size: "xs" });
  return (
    <>
      <ol ref={listRef} className="mt-4 space-y-3">
        {steps.map((step, i) => (
          <li key={step.id} data-step={step.id} className="min-w-0 rounded-lg border border-stone-200 bg-white p-4">
            <p className="text-sm font-medium text-brand-700">{step.line}</p>
            <h3 className="mt-1 break-words font-semibold">{step.title}</h3>
            <ul className="mt-1 space-y-0.5 text-sm text-stone-700">
              {step.details.map((detail) => (
                <li key={detail} className="break-words">{detail}</li>
              ))}
            </ul>
            {editable && (
              <div className="mt-3 flex flex-wrap items-start gap-2">
                <form action={action} className="flex flex-wrap gap-2">
                  <input type="hidden" name="programmeId" value={programmeId} />
                  <input type="hidden" name="stepId" value={step.id} />
                  {(["up", "down"] as const).map((direction) => (
                    <button
                      key={direction}
                      type="submit"
                      name="direction"
                      value={direction}
                      data-move={direction}
                      disabled={direction === "up" ? i === 0 : i === steps.length - 1}
                      aria-disabled={pending || undefined}
                      onClick={() => {
                        pressed.current = { stepId: step.id, direction };
                      }}
                      className={small}
                    >
                      {direction === "up" ? t("moveUp") : t("moveDown")}
                      <span className="sr-only"> {t("stepNumber", { number: step.number })}: {step.title}</span>
                    </button>
                  ))}
                </form>
                <ButtonLink href={step.editHref} variant="secondary" size="xs">
                  {t("edit")}
                  <span className="sr-only"> {t("stepNumber", { number: step.number })}: {step.title}</span>
                </ButtonLink>
                <TrackStepRemoveDialog programmeId={programmeId} stepId={step.id} title={step.title} number={step.number} />
              </div>
            )}
          </li>
        ))}
      </ol>
      <p role="status" aria-live="polite" className="mt-2 text-sm empty:hidden">
        {!pending && state?.ok && state.data && t("moved", { position: state.data.position })}
        {!pending && state && !state.ok && <span className="text-red-700">{errorText(state.error)}</span>}
      </p>
    </>
  );
}
