import { z } from "zod";
import { locales } from "@/lib/i18n/config";

const timeZones = new Set(Intl.supportedValuesOf("timeZone"));

export const organizationSettingsSchema = z.object({
  name: z.string().trim().min(1, "errors.required").max(120, "errors.tooLong"),
  defaultLocale: z.enum(locales),
  timeZone: z.string().refine((tz) => timeZones.has(tz), "errors.invalid"),
  topics: z.string().max(10_000, "errors.tooLong").default(""),
  ssoProvider: z.string().trim().max(60).optional().transform((v) => v || null),
  ssoTenantId: z.string().trim().max(200, "errors.tooLong").optional().transform((v) => v || null),
});

export type OrganizationSettingsInput = z.infer<typeof organizationSettingsSchema>;
