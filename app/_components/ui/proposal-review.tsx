"use client";

import { createContext, useContext, useState, useTransition, type FormEvent, type ReactNode } from "react";
import { useActionErrorText, type FormAction } from "../action-form";
import { Button, type ButtonProps } from "./button";

type Call = (action: FormAction, fields: Record<string, string>, success: string) => Promise<boolean>;
/** `changes` counts the changes that went through, so that a control can drop what it held (picked pairs). */
type Review = { pending: boolean; call: Call; changes: number };

const ReviewContext = createContext<Review | null>(null);

/** The review's shared state, for a control inside a ProposalReview: one change at a time, one status line. */
export function useProposalReview(): Review {
  const review = useContext(ReviewContext);
  if (!review) throw new Error("useProposalReview outside a ProposalReview");
  return review;
}

export type ProposalReviewProps = {
  programmeId: string;
  /** The message namespace whose refusals come before the app's ("mentoring", "codevGroups"). */
  errorArea: string;
  /** The button that (re)computes the proposal; none once it cannot run again. */
  run: { action: FormAction; label: string; runningLabel: string; success: string } | null;
  /** The last step, asked twice; none while there is nothing to publish. */
  publish: {
    action: FormAction;
    fields?: Record<string, string>;
    label: string;
    confirmText: string;
    /** Said with the question (sign-up is still open, with the way to close it). */
    confirmNotice?: ReactNode;
    yesLabel: string;
    cancelLabel: string;
    success: string;
  } | null;
  /** Above the controls: what the admin should know before running (sign-up is still open). A notice, not a block. */
  notice?: ReactNode;
  /** The screen's lists (ui/proposal-list.tsx), with ProposalButton and ProposalForm controls in them. */
  children: ReactNode;
};

/**
 * The controls of a proposal's review screen: run, adjust, publish. Every change goes through a server
 * action that re-checks the role and the rules; while one runs the others wait, and its answer (or the
 * rule that refused it) is said in one live status line.
 */
export function ProposalReview({ programmeId, errorArea, run, publish, notice, children }: ProposalReviewProps) {
  const errorText = useActionErrorText(errorArea);
  const [pending, startTransition] = useTransition();
  const [running, setRunning] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [changes, setChanges] = useState(0);

  const send = async (action: FormAction, fields: Record<string, string>, success: string): Promise<boolean> => {
    const data = new FormData();
    for (const [key, value] of Object.entries({ programmeId, ...fields })) data.append(key, value);
    const result = await action(null, data);
    setMessage(result.ok ? { ok: true, text: success } : { ok: false, text: errorText(result.error) });
    if (result.ok) setChanges((n) => n + 1);
    return result.ok;
  };
  const call: Call = (action, fields, success) =>
    new Promise((resolve) => {
      startTransition(async () => resolve(await send(action, fields, success)));
    });
  const runProposal = (current: NonNullable<ProposalReviewProps["run"]>) =>
    startTransition(async () => {
      setRunning(true);
      await send(current.action, {}, current.success);
      setRunning(false);
    });
  const publishProposal = (current: NonNullable<ProposalReviewProps["publish"]>) =>
    startTransition(async () => {
      await send(current.action, current.fields ?? {}, current.success);
      setConfirming(false);
    });

  return (
    <ReviewContext.Provider value={{ pending, call, changes }}>
      <div className="mt-6 space-y-8">
        {notice}
        <div className="flex flex-wrap items-center gap-3">
          {run && (
            <Button disabled={pending} aria-busy={running} onClick={() => runProposal(run)}>
              {running ? run.runningLabel : run.label}
            </Button>
          )}
          {running && <span aria-hidden className="h-5 w-5 animate-spin rounded-full border-2 border-brand-700 border-t-transparent" />}
          <div role="status" aria-live="polite" className="min-w-0">
            {message && <p className={message.ok ? "text-brand-900" : "font-medium text-red-700"}>{message.text}</p>}
          </div>
        </div>
        {children}
        {publish && (
          <section className="rounded-lg border border-brand-100 bg-brand-50 p-4">
            {confirming ? (
              <div className="space-y-3">
                <p>{publish.confirmText}</p>
                {publish.confirmNotice}
                <div className="flex flex-wrap gap-2">
                  <Button disabled={pending} onClick={() => publishProposal(publish)}>
                    {publish.yesLabel}
                  </Button>
                  <Button variant="secondary" onClick={() => setConfirming(false)}>
                    {publish.cancelLabel}
                  </Button>
                </div>
              </div>
            ) : (
              <Button onClick={() => setConfirming(true)}>{publish.label}</Button>
            )}
          </section>
        )}
      </div>
    </ReviewContext.Provider>
  );
}

/** A small button in a proposal's card that runs one change (pin, break). */
export function ProposalButton({ action, fields, success, ...props }: { action: FormAction; fields: Record<string, string>; success: string } & Omit<ButtonProps, "onClick" | "action">) {
  const { pending, call } = useProposalReview();
  return <Button variant="secondary" size="xs" {...props} disabled={pending || props.disabled} onClick={() => void call(action, fields, success)} />;
}

/**
 * A small form in a proposal's card (move a person, choose a facilitator): its controls come from the
 * page, its button sends what they hold. Without JavaScript nothing is posted: the review needs it.
 */
export function ProposalForm({ action, success, submitLabel, submitName, className, children }: { action: FormAction; success: string; submitLabel: string; submitName: string; className?: string; children: ReactNode }) {
  const { pending, call } = useProposalReview();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fields = Object.fromEntries([...new FormData(event.currentTarget)].map(([key, value]) => [key, String(value)]));
    void call(action, fields, success);
  };
  return (
    <form onSubmit={onSubmit} className={className}>
      {children}
      <Button type="submit" variant="secondary" size="xs" disabled={pending} aria-label={submitName}>
        {submitLabel}
      </Button>
    </form>
  );
}
