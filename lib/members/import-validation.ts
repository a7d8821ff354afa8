import { normalizeEmail } from "@/lib/auth/email-address";
import { looksLikeFormula } from "@/lib/csv/spreadsheet-cell";
import { isLocale, type AppLocale } from "@/lib/i18n/config";
import type { CsvMemberRow } from "./csv";
import { DEPARTMENT_MAX, NAME_MAX, type ImportMode } from "./schemas";

export type ImportRowErrorCode =
  | "nameMissing"
  | "invalidCharacters"
  | "nameTooLong"
  | "emailInvalid"
  | "emailDuplicate"
  | "departmentTooLong"
  | "languageInvalid"
  | "managerInvalid"
  | "managerUnknown"
  | "managerSelf"
  | "managerCycle"
  | "managerRejected";

/** `firstRow` points a duplicate at the row that has the address first. */
export type ImportRowError = { code: ImportRowErrorCode; firstRow?: number };

/** Not errors: an active member is left as they are; an invited or removed one gets a new invitation. */
export type ImportRowNotice = "skipActive" | "reinvite";

/**
 * `formulaLike`: a name or department starts like a spreadsheet formula ("=HYPERLINK(…)"). Stored as typed,
 * defused in every CSV Kring writes (lib/csv/spreadsheet-cell.ts); the preview says so.
 */
export type ImportPreviewRow = CsvMemberRow & { errors: ImportRowError[]; notice: ImportRowNotice | null; formulaLike: boolean };

/** A row as the import job receives it (member_imports.rows): validated and normalised. */
export type ImportMemberRow = { name: string; email: string; department: string | null; managerEmail: string | null; language: AppLocale };

/** What the organisation holds already, by normalised address. */
export type OrganizationMemberSnapshot = Map<string, { status: "invited" | "active" | "removed"; managerEmail: string | null }>;

export type ImportValidation = {
  rows: ImportPreviewRow[];
  /**
   * The rows the job writes: every row that is neither an error nor skipped. In mode "all", empty when any
   * row has an error.
   */
  toWrite: ImportMemberRow[];
  counts: { total: number; withErrors: number; invite: number; reinvite: number; skip: number };
};

/**
 * Checks every row against the others and against the organisation. Pure, so that the preview and the
 * import decide identically and the rules are unit-tested.
 */
export function validateImportRows(csvRows: CsvMemberRow[], organization: OrganizationMemberSnapshot, defaultLocale: AppLocale, mode: ImportMode = "all"): ImportValidation {
  const firstRowOf = new Map<string, number>();
  const rows: ImportPreviewRow[] = csvRows.map((csv) => {
    const errors: ImportRowError[] = [];
    // PostgreSQL refuses NUL in text, and no name or address holds a control character: refuse it here,
    // where the admin sees the row, rather than in the import job.
    if ([csv.name, csv.email, csv.department, csv.managerEmail, csv.language].some(hasControlCharacter)) errors.push({ code: "invalidCharacters" });
    if (csv.name === "") errors.push({ code: "nameMissing" });
    else if (csv.name.length > NAME_MAX) errors.push({ code: "nameTooLong" });
    if (csv.department.length > DEPARTMENT_MAX) errors.push({ code: "departmentTooLong" });
    const language = csv.language === "" ? defaultLocale : csv.language.toLowerCase();
    if (!isLocale(language)) errors.push({ code: "languageInvalid" });

    const email = normalizeEmail(csv.email);
    if (!email) errors.push({ code: "emailInvalid" });
    else if (firstRowOf.has(email)) errors.push({ code: "emailDuplicate", firstRow: firstRowOf.get(email) });
    else firstRowOf.set(email, csv.row);

    const status = email ? organization.get(email)?.status : undefined;
    const notice: ImportRowNotice | null = status === "active" ? "skipActive" : status ? "reinvite" : null;
    const formulaLike = looksLikeFormula(csv.name) || looksLikeFormula(csv.department);
    return { ...csv, email: email ?? csv.email, language, errors, notice, formulaLike };
  });

  // Reporting lines as they will be after the import: the file's rows over the organisation's own.
  const fileManagerOf = new Map<string, string | null>();
  const firstRowByEmail = new Map<string, ImportPreviewRow>();
  for (const row of rows) {
    if (firstRowOf.get(row.email) !== row.row) continue;
    firstRowByEmail.set(row.email, row);
    if (row.notice !== "skipActive") fileManagerOf.set(row.email, normalizeEmail(row.managerEmail));
  }
  const managerOf = (email: string): string | null =>
    fileManagerOf.has(email) ? (fileManagerOf.get(email) ?? null) : (organization.get(email)?.managerEmail ?? null);

  for (const row of rows) {
    if (row.managerEmail === "") continue;
    const managerEmail = normalizeEmail(row.managerEmail);
    if (!managerEmail) row.errors.push({ code: "managerInvalid" });
    else if (managerEmail === row.email) row.errors.push({ code: "managerSelf" });
    else if (!firstRowOf.has(managerEmail) && !isCurrentMember(organization, managerEmail)) row.errors.push({ code: "managerUnknown" });
    else row.managerEmail = managerEmail;
  }
  for (const email of emailsInCycles([...fileManagerOf.keys()], managerOf)) {
    firstRowByEmail.get(email)?.errors.push({ code: "managerCycle" });
  }
  refuseManagersLeftBehind(rows, firstRowByEmail, organization);

  const withErrors = rows.filter((r) => r.errors.length > 0).length;
  const writable = rows.filter((r) => r.errors.length === 0 && r.notice !== "skipActive");
  return {
    rows,
    toWrite:
      withErrors > 0 && mode === "all"
        ? []
        : writable.map((r) => ({ name: r.name, email: r.email, department: r.department || null, managerEmail: r.managerEmail || null, language: r.language as AppLocale })),
    counts: {
      total: rows.length,
      withErrors,
      invite: writable.filter((r) => r.notice === null).length,
      reinvite: writable.filter((r) => r.notice === "reinvite").length,
      skip: rows.filter((r) => r.notice === "skipActive").length,
    },
  };
}

/**
 * A row whose manager exists only as a row with an error would point at nobody once the valid rows are
 * imported without it: that row is refused too, naming the manager's row, and so on down the line. A
 * worklist from the refused rows down their reports: linear in the file, however long the chains.
 */
function refuseManagersLeftBehind(rows: ImportPreviewRow[], firstRowByEmail: Map<string, ImportPreviewRow>, organization: OrganizationMemberSnapshot): void {
  const reportsOf = new Map<string, ImportPreviewRow[]>();
  for (const row of rows) {
    if (row.errors.length > 0 || row.managerEmail === "" || isCurrentMember(organization, row.managerEmail)) continue;
    const reports = reportsOf.get(row.managerEmail);
    if (reports) reports.push(row);
    else reportsOf.set(row.managerEmail, [row]);
  }
  const refused = [...firstRowByEmail.values()].filter((row) => row.errors.length > 0);
  for (let next = refused.pop(); next; next = refused.pop()) {
    for (const report of reportsOf.get(next.email) ?? []) {
      if (report.errors.length > 0) continue;
      report.errors.push({ code: "managerRejected", firstRow: next.row });
      if (firstRowByEmail.get(report.email) === report) refused.push(report);
    }
  }
}

function hasControlCharacter(text: string): boolean {
  return /[\x00-\x1f\x7f]/.test(text);
}

function isCurrentMember(organization: OrganizationMemberSnapshot, email: string): boolean {
  const status = organization.get(email)?.status;
  return status === "active" || status === "invited";
}

/**
 * The people whose reporting line leads back to themselves. Each chain is walked once (a node is done
 * after its first walk), so 10,000 rows take linear time. Self-references are reported separately.
 */
export function emailsInCycles(starts: string[], managerOf: (email: string) => string | null): Set<string> {
  const state = new Map<string, "walking" | "done">();
  const inCycle = new Set<string>();
  for (const start of starts) {
    const path: string[] = [];
    let current: string | null = start;
    while (current && !state.has(current)) {
      state.set(current, "walking");
      path.push(current);
      const next = managerOf(current);
      current = next === current ? null : next;
    }
    if (current && state.get(current) === "walking") {
      for (const email of path.slice(path.indexOf(current))) inCycle.add(email);
    }
    for (const email of path) state.set(email, "done");
  }
  return inCycle;
}
