import Papa from "papaparse";

/** One data row of a members CSV, trimmed but not yet validated. `row` is the spreadsheet row number. */
export type CsvMemberRow = { row: number; name: string; email: string; department: string; managerEmail: string; language: string };

export type CsvFileError =
  | { code: "empty" }
  | { code: "missingColumns"; columns: string[] }
  | { code: "tooManyRows"; max: number }
  | { code: "unreadable"; row: number };

export type CsvParseResult = { ok: true; rows: CsvMemberRow[]; delimiter: "," | ";" } | { ok: false; error: CsvFileError };

export const MAX_IMPORT_ROWS = 20_000;

type Column = "name" | "email" | "department" | "managerEmail" | "language";

/** Header names as HR exports write them, in English and Dutch; compared after lower-casing and trimming. */
const headerAliases: Record<string, Column> = {
  name: "name",
  naam: "name",
  email: "email",
  "e-mail": "email",
  e_mail: "email",
  department: "department",
  afdeling: "department",
  manager_email: "managerEmail",
  "manager e-mail": "managerEmail",
  manager: "managerEmail",
  language: "language",
  taal: "language",
};

const requiredColumns: Column[] = ["name", "email"];

/**
 * The separator of the header line: Dutch Excel saves CSV with ";" because "," is the decimal comma there.
 * Decided once from the header rather than guessed per file, so that commas inside names cannot tip it.
 */
function headerDelimiter(text: string): "," | ";" {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

/** Parses a members CSV with a header row (comma or semicolon separated, with or without a BOM). */
export function parseMembersCsv(input: string): CsvParseResult {
  const text = input.replace(/^\uFEFF/, "");
  if (text.trim() === "") return { ok: false, error: { code: "empty" } };
  const delimiter = headerDelimiter(text);
  // Empty lines are kept here and skipped below, so that row numbers match the spreadsheet's.
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const quoteError = parsed.errors.find((e) => e.type === "Quotes");
  if (quoteError) return { ok: false, error: { code: "unreadable", row: (quoteError.row ?? 0) + 1 } };

  const [header, ...records] = parsed.data;
  const positions = new Map<Column, number>();
  header.forEach((cell, index) => {
    const column = headerAliases[cell.trim().toLowerCase()];
    if (column && !positions.has(column)) positions.set(column, index);
  });
  const missing = requiredColumns.filter((c) => !positions.has(c));
  if (missing.length > 0) return { ok: false, error: { code: "missingColumns", columns: missing } };

  const cell = (record: string[], column: Column) => {
    const index = positions.get(column);
    return index === undefined ? "" : (record[index] ?? "").trim();
  };
  const rows: CsvMemberRow[] = [];
  records.forEach((record, index) => {
    if (record.every((value) => value.trim() === "")) return;
    rows.push({
      row: index + 2,
      name: cell(record, "name"),
      email: cell(record, "email"),
      department: cell(record, "department"),
      managerEmail: cell(record, "managerEmail"),
      language: cell(record, "language"),
    });
  });
  if (rows.length === 0) return { ok: false, error: { code: "empty" } };
  if (rows.length > MAX_IMPORT_ROWS) return { ok: false, error: { code: "tooManyRows", max: MAX_IMPORT_ROWS } };
  return { ok: true, rows, delimiter };
}
