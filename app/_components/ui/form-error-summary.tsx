"use client";

import { useEffect, useId, useRef, useState, type MouseEvent } from "react";
import { useTranslations } from "next-intl";

// Every refused submit says why at the top of its form, as well as at each field: the summary takes focus
// and is a role="alert" region, so a screen reader reads it at once, and a sighted person at the bottom of a
// long form sees the page move to it. Each item links to its control. Built once here: the form hooks
// (action-form.tsx, use-kept-form.ts) and the forms that keep their own state all render this.

/** A control of the form by its field name: `name`, a checkbox group's `name[]`, or an id. */
function controlOf(form: HTMLFormElement | null, name: string): HTMLElement | null {
  if (!form) return null;
  const escaped = CSS.escape(name);
  return form.querySelector<HTMLElement>(`[name="${escaped}"]:not([type=hidden]), [name="${escaped}[]"]:not([type=hidden]), #${escaped}`);
}

/** What a person reads as the control's name: its label, else its group's legend. */
function labelOf(control: HTMLElement): string | null {
  const labelled = control as HTMLInputElement;
  const grouped = control.closest("fieldset")?.querySelector("legend")?.textContent;
  const isChoice = labelled.type === "checkbox" || labelled.type === "radio";
  // A group of choices is named by its legend; a single box (a confirmation) by its own label.
  const own = labelled.labels?.[0]?.textContent ?? null;
  const siblings = isChoice && labelled.name ? (control.closest("form")?.querySelectorAll(`[name="${CSS.escape(labelled.name)}"]`).length ?? 1) : 1;
  const clean = (text: string | null | undefined) => text?.trim().replace(/\s+/g, " ") || null;
  const text = clean(isChoice && siblings > 1 ? (grouped ?? own) : (own ?? grouped ?? null));
  // The same label twice (a name in Dutch and in English): its group's legend tells them apart.
  const form = control.closest("form");
  const twins = text && form ? [...form.querySelectorAll("label")].filter((l) => clean(l.textContent) === text).length : 0;
  return twins > 1 && clean(grouped) && clean(grouped) !== text ? `${text} (${clean(grouped)})` : text;
}

export type FormErrorSummaryProps = {
  /** Changes with every answer of the action (its state object), so that each refusal takes focus again. */
  refusal: unknown;
  /** Field name → the error as a sentence, already translated. */
  errors: Record<string, string>;
  /** A refusal that belongs to no field (already translated), shown above the list. */
  message?: string | null;
};

/** The refusal at the top of a form: nothing when there is none. Renders inside the <form>. */
export function FormErrorSummary({ refusal, errors, message }: FormErrorSummaryProps) {
  const t = useTranslations("common.formErrors");
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const shown = entries.length > 0 || Boolean(message);
  const [targets, setTargets] = useState<Record<string, { id: string | null; label: string | null }>>({});
  const signature = entries.map(([name]) => name).join("|");

  useEffect(() => {
    if (!shown) return;
    const form = ref.current?.closest("form") ?? null;
    const found: Record<string, { id: string | null; label: string | null }> = {};
    for (const name of signature ? signature.split("|") : []) {
      const control = controlOf(form, name);
      found[name] = { id: control?.id || null, label: control ? labelOf(control) : null };
    }
    ref.current?.focus();
    // The summary is at the top of the form; a long form's top may be above the screen.
    ref.current?.scrollIntoView?.({ block: "nearest" });
    // The controls' ids and labels are read from the page (the DOM is the external system here); the
    // links show them from the next frame on.
    const frame = requestAnimationFrame(() => setTargets(found));
    return () => cancelAnimationFrame(frame);
  }, [refusal, shown, signature]);

  if (!shown) return null;
  const focusField = (name: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    const control = controlOf(ref.current?.closest("form") ?? null, name);
    if (!control) return;
    event.preventDefault();
    control.focus();
    control.scrollIntoView?.({ block: "center" });
  };
  return (
    <div ref={ref} role="alert" tabIndex={-1} aria-labelledby={`${id}-title`} data-error-summary="" className="col-span-full basis-full rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-900 focus:outline-3 focus:outline-offset-2 focus:outline-red-700">
      <h2 id={`${id}-title`} className="font-semibold">
        {t("title")}
      </h2>
      {message && <p className="mt-1 text-sm">{message}</p>}
      {entries.length > 0 && (
        <>
          <p className="mt-1 text-sm">{t("intro", { count: entries.length })}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {entries.map(([name, sentence]) => {
              const target = targets[name];
              return (
                <li key={name}>
                  <a href={`#${target?.id ?? name}`} onClick={focusField(name)} className="font-medium underline">
                    {target?.label ? t("item", { field: target.label, error: sentence }) : sentence}
                  </a>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

/**
 * The summary of an action's answer (lib/auth/action.ts): each field error as the area's sentence, and a
 * refusal of no field ("ended", "rateLimited") as the message; "invalid" with field errors says nothing more
 * than the list does. `fieldOf` moves a refusal the form shows at a field (a server rule about a field).
 */
export function ActionErrorSummary({ state, errorText, fieldOf = {} }: { state: { ok: boolean; error?: string; fieldErrors?: Record<string, string> } | null; errorText: (key: string) => string; fieldOf?: Record<string, string> }) {
  const failed = state && !state.ok ? state : null;
  const errors: Record<string, string> = {};
  let message: string | null = null;
  if (failed) {
    for (const [name, key] of Object.entries(failed.fieldErrors ?? {})) {
      if (name === "_form") message = errorText(key);
      else errors[name] = errorText(key);
    }
    const error = failed.error ?? "invalid";
    const field = fieldOf[error];
    if (field && !errors[field]) errors[field] = errorText(error);
    else if (!field && !(error === "invalid" && Object.keys(errors).length > 0)) message ??= errorText(error);
  }
  return <FormErrorSummary refusal={failed} errors={errors} message={message} />;
}
