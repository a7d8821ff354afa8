"use client";

import { useTranslations } from "next-intl";
import { COMMENT_MAX } from "@/lib/codevelopment/schemas";
import { ActionButton, FormStatus, inputClass, secondaryButton, SessionField, SessionRefInputs, useSessionForm } from "../../../_components/session-form-parts";
import { commentCaseAction, markCaseReadyAction } from "../actions";
import { ActionSummary } from "@/app/_components/action-form";

type Props = { groupId: string; sessionId: string; presenterName: string; comment: string | null; ready: boolean; commentable: boolean };

/** The facilitator's part: a comment for the presenter, and marking the case ready for the group (a presenter who may review, when facilitation rotates, only marks it ready). */
export function CaseReview({ groupId, sessionId, presenterName, comment, ready, commentable }: Props) {
  const t = useTranslations("codevSessions.case.review");
  const { state, formAction, pending, errors, formRef, onSubmit } = useSessionForm(commentCaseAction);
  return (
    <div className="space-y-4">
      {commentable && (
        <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
          <ActionSummary state={state} area="codevSessions" />
          <SessionRefInputs groupId={groupId} sessionId={sessionId} />
          <SessionField id="case-comment" name="comment" label={t("comment", { name: presenterName })} hint={t("commentHint", { name: presenterName })} errors={errors}>
            {(a) => <textarea {...a} rows={3} maxLength={COMMENT_MAX} defaultValue={comment ?? ""} className={inputClass} />}
          </SessionField>
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" disabled={pending} className={secondaryButton}>
              {pending ? t("savingComment") : t("saveComment")}
            </button>
            <FormStatus state={state} pending={pending} success={t("commentSaved")} />
          </div>
        </form>
      )}
      {ready ? (
        <p className="text-brand-900">{t("isReady")}</p>
      ) : (
        <div>
          <p className="mb-2 text-stone-700">{t("markReadyIntro")}</p>
          <ActionButton action={markCaseReadyAction} fields={{ groupId, sessionId }} label={t("markReady")} pendingLabel={t("marking")} />
        </div>
      )}
    </div>
  );
}
