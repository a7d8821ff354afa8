"use client";

import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { acceptProposalAction, cancelPairMeetingAction } from "../actions";
import { FormStatus, primaryButton } from "./pair-form-parts";
import { usePairErrorText, usePairForm } from "./use-pair-form";

/** Accepts the other's proposed time: it becomes a planned meeting and both get an invitation. */
export function AcceptProposalButton({ matchId, proposalId, when }: { matchId: string; proposalId: string; when: string }) {
  const t = useTranslations("pair.meeting");
  const { state, formAction, pending, onSubmit } = usePairForm(acceptProposalAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="mt-3 flex flex-wrap items-center gap-3">
      <input type="hidden" name="matchId" value={matchId} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {t("proposal.accept")}
        <span className="sr-only">: {when}</span>
      </button>
      <FormStatus state={state} pending={pending} success={t("planned")} pendingText={t("planning")} />
    </form>
  );
}

/** Cancels a meeting of the pair after a confirmation; both get a cancellation for their calendar. */
export function CancelMeetingButton({ matchId, sessionId, when }: { matchId: string; sessionId: string; when: string }) {
  const t = useTranslations("pair.meeting");
  const errorText = usePairErrorText();
  const { state, formAction, pending } = usePairForm(cancelPairMeetingAction);
  return (
    <ConfirmDialog
      triggerLabel={
        <>
          {t("cancel.open")}
          <span className="sr-only">: {when}</span>
        </>
      }
      title={t("cancel.title")}
      text={t("cancel.text", { when })}
      action={formAction}
      fields={{ matchId, sessionId }}
      confirmLabel={t("cancel.confirm")}
      cancelLabel={t("cancel.keep")}
      pending={pending}
      error={state && !state.ok ? errorText(state.error) : null}
    />
  );
}
