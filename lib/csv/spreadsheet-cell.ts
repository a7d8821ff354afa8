/**
 * Text that a spreadsheet would run as a formula when it opens a CSV: a cell starting with = + - @, a tab or
 * a carriage return ("=HYPERLINK(…)", "@SUM(1)"). Kring stores such text as it was typed and defuses it
 * wherever it writes a CSV, so that a department name can never become a link or a calculation in Excel.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/**
 * One CSV cell: defused with a leading apostrophe when it starts like a formula (Excel and LibreOffice then
 * show it as text), and quoted when it holds a separator, a quote or a line break.
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? "" : String(value);
  if (typeof value === "string" && looksLikeFormula(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
