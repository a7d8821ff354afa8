import { z } from "zod";
import { locales } from "@/lib/i18n/config";
import { multiLineText, singleLineText } from "@/lib/validation/text";

// The organisation's settings form, validated once at the boundary (lib/auth/action.ts). The topics stay
// text here: lib/organizations/topics.ts reads its lines against the topics already stored.

const timeZones = new Set(Intl.supportedValuesOf("timeZone"));

export const organizationSettingsSchema = z.object({
  name: singleLineText().min(1, "errors.required").max(120, "errors.tooLong"),
  defaultLocale: z.enum(locales),
  timeZone: z.string().refine((tz) => timeZones.has(tz), "errors.invalid"),
  // One topic per line (a textarea).
  topics: multiLineText().max(10_000, "errors.tooLong").default(""),
  ssoProvider: singleLineText().max(60).optional().transform((v) => v || null),
  ssoTenantId: singleLineText().max(200, "errors.tooLong").optional().transform((v) => v || null),
});

export type OrganizationSettingsInput = z.infer<typeof organizationSettingsSchema>;
