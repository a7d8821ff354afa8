"use client";

import { useActionState, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { manageScimTokenAction, type ScimTokenAnswer, type ScimTokenView } from "../scim-actions";

type State = { result: ActionResult<ScimTokenAnswer>; status: ScimTokenView | null } | null;

/**
 * The organisation's SCIM token. Only its hash is stored, so a new token is shown once, right after it is
 * made; afterwards the panel shows its first characters, when it was made and last used, and offers to
 * replace or stop it (each asks first: the identity provider stops working until it has the new token).
 */
export function ScimTokenPanel({ baseUrl, initial }: { baseUrl: string; initial: ScimTokenView | null }) {
  const t = useTranslations("scim.settings");
  const te = useTranslations("errors");
  const format = useFormatter();
  const [copied, setCopied] = useState<"url" | "token" | null>(null);
  const [state, run, pending] = useActionState<State, FormData>(async (previous, formData) => {
    setCopied(null);
    const result = await manageScimTokenAction(null, formData);
    return { result, status: result.ok ? (result.data?.status ?? null) : (previous?.status ?? initial) };
  }, null);
  const status = state ? state.status : initial;
  const token = state?.result.ok ? state.result.data?.token : null;
  const error = state && !state.result.ok ? errorText(state.result.error) : null;
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long", timeStyle: "short" });

  function errorText(key: string): string {
    if (t.has(`errors.${key}`)) return t(`errors.${key}`);
    return te.has(key) ? te(key) : te("unexpected");
  }

  /** Copies, or (where the browser allows no clipboard, as on plain http) selects the text to copy by hand. */
  async function copy(what: "url" | "token", text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(what);
    } catch {
      const input = document.getElementById(what === "url" ? "scim-url" : "scim-token") as HTMLInputElement | null;
      input?.select();
    }
  }

  return (
    <section aria-labelledby="scim-heading" className="mt-10 max-w-2xl rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <h2 id="scim-heading" className="text-lg font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm text-stone-700">{t("intro")}</p>

      <label htmlFor="scim-url" className="mt-4 block text-sm font-medium">{t("baseUrl")}</label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input id="scim-url" readOnly value={baseUrl} onFocus={(e) => e.currentTarget.select()} className="min-w-0 flex-1 rounded-md border border-stone-300 bg-stone-50 px-3 py-2 font-mono text-sm" />
        <Button variant="secondary" size="xs" onClick={() => copy("url", baseUrl)}>{copied === "url" ? t("copied") : t("copy")}</Button>
      </div>

      {token ? (
        <div className="mt-4">
          <label htmlFor="scim-token" className="block text-sm font-medium">{t("newToken")}</label>
          <div className="mt-1 flex flex-wrap gap-2">
            <input id="scim-token" readOnly value={token} onFocus={(e) => e.currentTarget.select()} className="min-w-0 flex-1 rounded-md border border-stone-300 bg-stone-50 px-3 py-2 font-mono text-sm" />
            <Button variant="secondary" size="xs" onClick={() => copy("token", token)}>{copied === "token" ? t("copied") : t("copy")}</Button>
          </div>
        </div>
      ) : (
        <div className="mt-4 text-sm">
          {status ? (
            <>
              <p>
                {status.createdByName
                  ? t("live", { prefix: status.prefix, date: date(status.createdAt), name: status.createdByName })
                  : t("liveNoName", { prefix: status.prefix, date: date(status.createdAt) })}
              </p>
              <p className="text-stone-700">{status.lastUsedAt ? t("lastUsed", { date: date(status.lastUsedAt) }) : t("neverUsed")}</p>
            </>
          ) : (
            <p>{t("none")}</p>
          )}
        </div>
      )}

      <p className="mt-3 text-xs text-stone-600">{t("dataNote")}</p>

      <div className="mt-4 flex flex-wrap gap-2">
        {status ? (
          <>
            <ConfirmDialog
              triggerLabel={t("rotate")}
              triggerVariant="secondary"
              title={t("rotateTitle")}
              text={t("rotateText")}
              action={run}
              fields={{ intent: "rotate", tokenId: status.id }}
              confirmLabel={t("rotate")}
              cancelLabel={t("cancel")}
              pending={pending}
              error={error}
            />
            <ConfirmDialog
              triggerLabel={t("revoke")}
              title={t("revokeTitle")}
              text={t("revokeText")}
              action={run}
              fields={{ intent: "revoke", tokenId: status.id }}
              confirmLabel={t("revoke")}
              cancelLabel={t("cancel")}
              pending={pending}
              error={error}
            />
          </>
        ) : (
          <form action={run}>
            <input type="hidden" name="intent" value="create" />
            <Button type="submit" size="sm" disabled={pending}>{t("create")}</Button>
          </form>
        )}
      </div>
      <p role="status" className="mt-2 text-sm">
        {state?.result.ok && state.result.message === "revoked" && <span className="text-brand-700">{t("revoked")}</span>}
        {error && <span className="text-red-700">{error}</span>}
      </p>
    </section>
  );
}
