import { z } from "zod";
import { normalizeEmail } from "@/lib/auth/email-address";
import { locales } from "@/lib/i18n/config";

// A person's own account: the language, the organisation they work in, erasing it. Validated once at the
// boundary (lib/auth/action.ts).

export const localeSchema = z.object({ locale: z.enum(locales) });

export const switchOrganizationSchema = z.object({ organizationId: z.uuid() });

/** The confirmation typed by the person: compared with the session's address, so null when not an address. */
export const eraseAccountSchema = z.object({ confirmEmail: z.unknown().transform(normalizeEmail) });
