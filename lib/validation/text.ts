import { z } from "zod";

// Control characters are input errors (SECURITY.md, "Learned from probing Kring itself"). PostgreSQL refuses
// NUL (U+0000) in text and jsonb, so one that reaches a query ends as a 500 or an "unexpected" error instead
// of a message next to the field; the others (bell, escape, the C1 block…) are never typed by a person and
// only arrive pasted from another program or from a crafted request. Schemas build their free-text fields
// from the helpers below; authorizedAction also refuses them before any schema runs
// (`controlCharacterFieldErrors`), so that a field a schema misses still never reaches the database.

/** The message key of the field error, under "errors" (lib/auth/action.ts strips the prefix). */
export const CONTROL_CHARACTERS = "errors.controlCharacters";

// \p{Cc}: C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F). Multi-line text keeps tab and line feed
// (a carriage return is turned into a line feed before the check, see `multiLineText`).
const ANY_CONTROL = /\p{Cc}/u;
const CONTROL_BUT_TAB_AND_NEWLINE = /[^\P{Cc}\t\n\r]/u;

export type TextKind = { multiline?: boolean };

export function hasControlCharacters(value: string, { multiline = false }: TextKind = {}): boolean {
  return (multiline ? CONTROL_BUT_TAB_AND_NEWLINE : ANY_CONTROL).test(value);
}

/** A zod check for any string schema (a URL, an email, a regex'd key): no control characters. */
export function noControlCharacters(kind: TextKind = {}) {
  return z.refine<string>((value) => !hasControlCharacters(value, kind), { error: CONTROL_CHARACTERS });
}

/**
 * One line of text (a name, a title, a key): trimmed, and refused with a field message when it holds any
 * control character, tabs and line breaks included. Chain `.min()`/`.max()` as on `z.string()`.
 */
export function singleLineText() {
  return z.string().trim().check(noControlCharacters());
}

/**
 * A textarea's text: line breaks as "\n" (browsers post CRLF; counted as one character, like maxLength
 * does), trimmed, and refused when it holds a control character other than tab and line break.
 */
export function multiLineText() {
  return z
    .string()
    .overwrite((value) => value.replace(/\r\n?/g, "\n"))
    .trim()
    .check(noControlCharacters({ multiline: true }));
}

/**
 * The defensive net of authorizedAction: every posted string (nested values included) with a control
 * character other than tab and line break, as a field error on that field. Files are left to their own
 * parsers. Per-field schemas are stricter where a field is one line.
 */
export function controlCharacterFieldErrors(input: Record<string, unknown>): Record<string, string> | null {
  const out: Record<string, string> = {};
  const visit = (value: unknown, field: string) => {
    if (typeof value === "string") {
      if (hasControlCharacters(value, { multiline: true })) out[field] ||= CONTROL_CHARACTERS.slice("errors.".length);
    } else if (Array.isArray(value)) {
      value.forEach((item) => visit(item, field));
    }
  };
  for (const [field, value] of Object.entries(input)) {
    // A crafted field name: reported on the form, not under a name no form shows.
    if (hasControlCharacters(field)) out._form ||= CONTROL_CHARACTERS.slice("errors.".length);
    else visit(value, field);
  }
  return Object.keys(out).length > 0 ? out : null;
}
