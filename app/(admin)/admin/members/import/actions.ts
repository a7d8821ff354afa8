"use server";

import { redirect } from "next/navigation";
import { authorizedAction, type ActionResult } from "@/lib/auth/action";
import { readCsvUpload } from "@/lib/members/csv-upload";
import { previewMemberImport, startMemberImport, type ImportPreview } from "@/lib/members/import";
import { importUploadSchema, startImportSchema } from "@/lib/members/schemas";
import { memberScopeOf } from "@/lib/auth/actor";

export const previewImportAction = authorizedAction(importUploadSchema, "members.invite", async (input, ctx): Promise<ActionResult<ImportPreview>> => {
  const upload = await readCsvUpload(input.file, input.encoding);
  if (!upload.ok) return { ok: false, error: upload.error };
  return { ok: true, data: await previewMemberImport(memberScopeOf(ctx), upload.text) };
});

export const startImportAction = authorizedAction(startImportSchema, "members.invite", async (input, ctx): Promise<ActionResult> => {
  const upload = await readCsvUpload(input.file, input.encoding);
  if (!upload.ok) return { ok: false, error: upload.error };
  const fileName = input.file instanceof File ? input.file.name.slice(0, 200) : null;
  const started = await startMemberImport(memberScopeOf(ctx), upload.text, input.fileHash, { fileName, mode: input.mode });
  // The same file started twice (a double click, a second tab) lands on the one run under way.
  if (!started.ok && started.reason !== "alreadyRunning") return { ok: false, error: started.reason };
  redirect(`/admin/members/import/${started.importId}`);
});
