"use client";

import { useActionState, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import type { ImportPreview as Preview } from "@/lib/members/import";
import type { ImportMode } from "@/lib/members/schemas";
import { FormErrorSummary } from "@/app/_components/ui/form-error-summary";
import { useMemberErrorText } from "../../_components/use-member-error-text";
import { previewImportAction, startImportAction } from "../actions";
import { ImportPreview } from "./import-preview";
import { MAX_CSV_BYTES, packCsv, type PackedCsv } from "./pack-csv";

type CheckedFile = PackedCsv & { fileName: string };

export function ImportUploadForm() {
  const t = useTranslations("members.import");
  const errorText = useMemberErrorText();
  const [checked, setChecked] = useState<CheckedFile | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [mode, setMode] = useState<ImportMode>("all");
  // Not useActionState: it would send the previous state, a preview of up to 20,000 rows, back with
  // every request, past the server actions' 1 MB limit.
  const [previewState, setPreviewState] = useState<ActionResult<Preview> | null>(null);
  const [startState, startDispatch, startPending] = useActionState<ActionResult | null, FormData>(startImportAction, null);
  const [, startTransition] = useTransition();

  const upload = (file: CheckedFile, extra: Record<string, string> = {}) => {
    const data = new FormData();
    data.set("file", file.blob, file.fileName);
    data.set("encoding", file.encoding);
    for (const [key, value] of Object.entries(extra)) data.set(key, value);
    return data;
  };

  const check = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) return setLocalError("noFile");
    if (file.size > MAX_CSV_BYTES) return setLocalError("tooLarge");
    setLocalError(null);
    setChecking(true);
    try {
      // The checked file is kept, so that Import sends exactly what the preview shows.
      const packed = { ...(await packCsv(file)), fileName: file.name };
      setChecked(packed);
      setPreviewState(await previewImportAction(null, upload(packed)));
    } catch {
      setPreviewState({ ok: false, error: "unexpected" });
    } finally {
      setChecking(false);
    }
  };

  const preview = previewState?.ok ? previewState.data : undefined;
  const fileErrorKey = localError ?? (previewState && !previewState.ok ? previewState.error : null);
  const hasFileError = Boolean(fileErrorKey) || preview?.ok === false;
  const fileErrorText = fileErrorKey && (t.has(`fileErrors.${fileErrorKey}`) ? t(`fileErrors.${fileErrorKey}`) : errorText(fileErrorKey));
  return (
    <>
      <form onSubmit={check} noValidate className="mt-6 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <FormErrorSummary refusal={previewState ?? localError} errors={fileErrorText ? { file: fileErrorText } : {}} />
        <div className="min-w-0 flex-1 basis-64">
          <label htmlFor="file" className="block text-sm font-medium">{t("file")}</label>
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={hasFileError ? "file-error" : undefined}
            aria-invalid={hasFileError || undefined}
            className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-3 file:py-1.5"
          />
        </div>
        <button type="submit" disabled={checking} className="rounded-md border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60">
          {checking ? t("checking") : t("check")}
        </button>
        <div aria-live="polite" className="basis-full empty:hidden">
          {fileErrorKey && (
            <p id="file-error" className="text-sm text-red-700">
              {fileErrorText}
            </p>
          )}
          {!fileErrorKey && preview && !preview.ok && <FileErrorText preview={preview} />}
        </div>
      </form>
      {preview?.ok && checked && !checking && (
        <ImportPreview
          preview={preview}
          fileName={checked.fileName}
          mode={mode}
          onModeChange={setMode}
          importing={startPending}
          importError={startState && !startState.ok ? (t.has(`reasons.${startState.error}`) ? t(`reasons.${startState.error}`) : errorText(startState.error)) : null}
          onImport={() => startTransition(() => startDispatch(upload(checked, { fileHash: preview.fileHash, mode })))}
        />
      )}
    </>
  );
}

function FileErrorText({ preview }: { preview: Extract<Preview, { ok: false }> }) {
  const t = useTranslations("members.import.fileErrors");
  const error = preview.fileError;
  const text =
    error.code === "missingColumns"
      ? t("missingColumns", { columns: error.columns.map((c) => (c === "managerEmail" ? "manager_email" : c)).join(", ") })
      : error.code === "tooManyRows"
        ? t("tooManyRows", { max: error.max })
        : error.code === "unreadable"
          ? t("unreadable", { row: error.row })
          : t("empty");
  return (
    <p id="file-error" className="text-sm text-red-700">
      {text}
    </p>
  );
}
