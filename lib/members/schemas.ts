import { z } from "zod";
import { normalizeEmail } from "@/lib/auth/email-address";
import { locales } from "@/lib/i18n/config";
import { queryPage, queryText } from "@/lib/validation/query";
import { singleLineText } from "@/lib/validation/text";

// The members area's inputs, validated once at the boundary (lib/auth/action.ts) and handed to lib/members
// typed: the invite form, a member's role and removal, the CSV import, the manager picker, the list page's
// query string. Messages are keys under "members.errors" (the action wrapper strips the "errors." prefix).

/** Limits shared by the invite form and the CSV import, so that both accept the same people. */
export const NAME_MAX = 200;
export const DEPARTMENT_MAX = 200;

export const memberRoles = ["member", "facilitator", "admin"] as const;

/** Optional text: empty or whitespace-only input means "not given". */
const optionalText = (max: number) =>
  singleLineText()
    .max(max, "errors.tooLong")
    .transform((v) => (v === "" ? null : v));

const emailField = z.string().transform((value, context) => {
  const email = normalizeEmail(value);
  if (!email) {
    context.addIssue({ code: "custom", message: "errors.email" });
    return z.NEVER;
  }
  return email;
});

/** One person to invite; the form sends the manager as an address picked from the organisation's members. */
export const inviteMemberSchema = z.object({
  name: singleLineText().min(1, "errors.required").max(NAME_MAX, "errors.tooLong"),
  email: emailField,
  department: optionalText(DEPARTMENT_MAX).optional().default(null),
  managerEmail: z
    .string()
    .trim()
    .optional()
    .default("")
    .transform((value, context) => {
      if (value === "") return null;
      const email = normalizeEmail(value);
      if (!email) context.addIssue({ code: "custom", message: "errors.managerUnknown" });
      return email;
    }),
  language: z.enum(locales, "errors.language"),
});

export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;

export const changeRoleSchema = z.object({ membershipId: z.uuid(), role: z.enum(memberRoles) });

export const membershipIdSchema = z.object({ membershipId: z.uuid() });

/** The invite form's manager picker: what is typed, trimmed, its first 100 characters, at least two. */
export const managerSearchSchema = singleLineText()
  .transform((text) => text.slice(0, 100))
  .pipe(z.string().min(2));

// The CSV file is checked by readCsvUpload (type, size, encoding); zod only shapes the other fields.
/**
 * What an import does with a file in which some rows have errors: "all" imports nothing until every row is
 * right; "valid" imports the rows without errors and gives the others back (a CSV with a reason column).
 */
export const importModes = ["all", "valid"] as const;
export type ImportMode = (typeof importModes)[number];

export const importUploadSchema = z.object({ file: z.unknown(), encoding: z.enum(["gzip", "plain"]) });
export const startImportSchema = importUploadSchema.extend({ fileHash: z.string().regex(/^[0-9a-f]{64}$/), mode: z.enum(importModes).default("all") });

/** The list page's query string: anything unexpected (a NUL byte too) falls back to the first page without a search. */
export const memberListQuerySchema = z.object({ q: queryText(100), page: queryPage(10_000) });
