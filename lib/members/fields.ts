import { z } from "zod";
import { normalizeEmail } from "@/lib/auth/email-address";
import { locales } from "@/lib/i18n/config";
import { singleLineText } from "@/lib/validation/text";

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
