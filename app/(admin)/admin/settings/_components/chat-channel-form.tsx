"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import type { ChatTestResult } from "@/lib/chat/channel";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { ActionErrorSummary } from "@/app/_components/ui/form-error-summary";
import { fieldInputClass, FieldErrorText, hintClass, labelClass } from "@/app/_components/ui/field";
import { useKeptForm } from "@/app/(admin)/admin/programmes/_components/use-kept-form";
import { connectChatChannelAction, disconnectChatChannelAction, testChatChannelAction } from "../chat-actions";

type Kind = "teams" | "slack";

/** Connect (or replace), test and disconnect the organisation's channel; each answer is said where it was asked. */
export function ChatChannelForm({ connected }: { connected: { kind: Kind } | null }) {
  const t = useTranslations("chat.admin");
  const te = useTranslations("errors");
  const [kind, setKind] = useState<Kind>(connected?.kind ?? "teams");
  const [connectState, connect, connecting] = useActionState<ActionResult | null, FormData>(connectChatChannelAction, null);
  const [testState, test, testing] = useActionState<ActionResult<ChatTestResult> | null, FormData>(testChatChannelAction, null);
  const [disconnectState, disconnect, disconnecting] = useActionState<ActionResult | null, FormData>(disconnectChatChannelAction, null);
  // A refused URL stays in the field to be corrected; an accepted one is cleared (it is the channel's secret).
  const formRef = useRef<HTMLFormElement>(null);
  const onSubmit = useKeptForm(connectState, connect, formRef);
  useEffect(() => {
    if (connectState?.ok) formRef.current?.reset();
  }, [connectState]);

  const errorText = (key: string) => {
    if (t.has(`errors.${key}`)) return t(`errors.${key}`);
    if (key.startsWith("chatUrl.") && t.has(`errors.${key.slice(8)}`)) return t(`errors.${key.slice(8)}`);
    if (key === "chatNotConnected") return t("errors.notConnected");
    return te.has(key) ? te(key) : te("unexpected");
  };
  const fieldErrors = connectState && !connectState.ok ? (connectState.fieldErrors ?? {}) : {};
  const urlError = fieldErrors.url ? errorText(fieldErrors.url) : undefined;
  const kindError = fieldErrors.kind ? errorText(fieldErrors.kind) : undefined;
  const tested = testState?.ok ? testState.data : undefined;

  return (
    <div className="mt-4 space-y-6">
      <form ref={formRef} action={connect} onSubmit={onSubmit} className="space-y-4" noValidate>
        <ActionErrorSummary state={connectState} errorText={errorText} />
        <fieldset aria-describedby={kindError ? "chat-kind-error" : undefined}>
          <legend className={labelClass}>{t("kind")}</legend>
          <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
            {(["teams", "slack"] as const).map((k) => (
              <label key={k} className="flex items-center gap-2">
                <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
                {t(`kinds.${k}`)}
              </label>
            ))}
          </div>
          {kindError && <FieldErrorText id="chat-kind-error">{kindError}</FieldErrorText>}
        </fieldset>
        <div>
          <label htmlFor="chat-url" className={labelClass}>{t("url")}</label>
          <p id="chat-url-hint" className={hintClass}>{t(`urlHint.${kind}`)}</p>
          <input
            id="chat-url"
            name="url"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            className={`${fieldInputClass} font-mono text-sm`}
            aria-invalid={urlError ? true : undefined}
            aria-describedby={["chat-url-hint", "chat-url-stored", urlError ? "chat-url-error" : null].filter(Boolean).join(" ")}
          />
          {urlError && <FieldErrorText id="chat-url-error">{urlError}</FieldErrorText>}
          <p id="chat-url-stored" className={`${hintClass} mt-1`}>{t("urlStored")}</p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={connecting}>
            {connecting ? t("connecting") : connected ? t("replace") : t("connect")}
          </Button>
          <p role="status" className="text-sm text-brand-700">
            {connectState?.ok && t("connectedOk")}
          </p>
        </div>
      </form>

      {connected && (
        <div className="flex flex-wrap items-start gap-3 border-t border-stone-100 pt-4">
          <form action={test}>
            <Button type="submit" variant="secondary" disabled={testing}>
              {testing ? t("testing") : t("test")}
            </Button>
          </form>
          <ConfirmDialog
            triggerLabel={t("disconnect")}
            title={t("disconnectTitle")}
            text={t("disconnectText")}
            action={disconnect}
            fields={{}}
            triggerSize="md"
            confirmLabel={t("disconnectConfirm")}
            cancelLabel={t("disconnectCancel")}
            pending={disconnecting}
            error={disconnectState && !disconnectState.ok ? errorText(disconnectState.error) : null}
          />
          <p role="status" aria-live="polite" className="basis-full text-sm">
            {tested?.ok && <span className="font-medium text-brand-700">{t("testOk")}</span>}
            {tested && !tested.ok && (
              <span className="font-medium text-red-700">{t("testFailed", { reason: t(`failureReasons.${tested.reason}`, { status: tested.status }) })}</span>
            )}
            {testState && !testState.ok && <span className="font-medium text-red-700">{errorText(testState.error)}</span>}
            {disconnectState?.ok && <span className="text-brand-700">{t("disconnected")}</span>}
          </p>
        </div>
      )}
      {!connected && disconnectState?.ok && (
        <p role="status" className="text-sm text-brand-700">{t("disconnected")}</p>
      )}
    </div>
  );
}
