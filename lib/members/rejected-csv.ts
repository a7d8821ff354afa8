import { csvCell } from "@/lib/csv/spreadsheet-cell";
import type { ImportRowError } from "./import-validation";

/** A row that an import left out, as the preview shows it and member_imports.rejected keeps it. */
export type RejectedRow = { row: number; name: string; email: string; department: string; managerEmail: string; language: string; errors: ImportRowError[] | Array<{ code: string; firstRow?: number }> };

/** A translator on the "members.import" messages (next-intl's `t`, or lib/i18n/translate.ts outside React). */
export type ImportTranslate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The rows an import left out as a CSV the admin can fix and import again: the import's own columns (extra
 * columns are ignored on import), then the row in the original file and the reasons in the reader's language.
 */
export function rejectedRowsCsv(rows: readonly RejectedRow[], t: ImportTranslate): string {
  const header = ["name", "email", "department", "manager_email", "language", t("rejected.rowColumn"), t("rejected.reasonColumn")];
  const lines = rows.map((row) => {
    const reasons = row.errors.map((error) => t(`rowErrors.${error.code}`, { row: error.firstRow ?? "" })).join(" ");
    return [row.name, row.email, row.department, row.managerEmail, row.language, row.row, reasons];
  });
  return [header, ...lines].map((line) => line.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** The download's file name: the original's, marked ("people.csv" → "people-rejected.csv"). */
export function rejectedFileName(fileName: string | null, t: ImportTranslate): string {
  const base = (fileName ?? "import").replace(/\.csv$/i, "").replace(/[^\p{L}\p{N}._ -]/gu, "_").slice(0, 100) || "import";
  return `${base}-${t("rejected.fileSuffix")}.csv`;
}
