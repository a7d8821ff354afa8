import { z } from "zod";
import { weekdays, type Weekday } from "@/lib/profiles/availability";
import type { FieldKey } from "@/lib/profiles/completeness";
import { codevLanguages } from "@/lib/codevelopment/core/settings";

// Signing up for a co-development programme: the form, validated once on the server, and the answers it
// leaves in enrolments.answers (jsonb), read back through a schema so that group formation never meets an
// answer of the wrong shape.

export const codevRoles = ["participant", "facilitator"] as const;
export type CodevRole = (typeof codevRoles)[number];

/** What group formation compares; the first three it cannot do without, so signing up waits for them. */
export const codevProfileFields = ["languages", "timeZone", "availability", "department"] as const satisfies readonly FieldKey[];
export const codevRequiredProfileFields = ["languages", "timeZone", "availability"] as const satisfies readonly FieldKey[];

/** The group charter's version: if its text ever changes, earlier agreements can be told apart. */
export const CHARTER_VERSION = 1;
export const charterPoints = ["confidentiality", "voluntary", "everyonePresents", "noReportingLines"] as const;

// A checkbox posts "on" when ticked and nothing otherwise.
const ticked = (message: string) => z.preprocess((v) => v === "on" || v === "true" || v === true, z.literal(true, message));

export const codevEnrolmentInputSchema = z.object({
  programmeId: z.uuid("errors.not_found"),
  role: z.enum(codevRoles, "errors.invalidOption"),
  // Checkboxes: absent when none is ticked.
  languages: z.preprocess((v) => v ?? [], z.array(z.enum(codevLanguages, "errors.invalidOption")).min(1, "errors.languagesRequired")),
  confirmLanguages: ticked("errors.confirmLanguages"),
  confirmAvailability: ticked("errors.confirmAvailability"),
  charter: ticked("errors.charterRequired"),
});
export type CodevEnrolmentInput = z.infer<typeof codevEnrolmentInputSchema>;

export const codevAnswersSchema = z.object({
  languages: z.array(z.enum(codevLanguages)).min(1),
  /** When the member last confirmed that their profile's languages and availability are right. */
  profileConfirmedAt: z.iso.datetime(),
  charter: z.object({ version: z.number().int(), agreedAt: z.iso.datetime() }),
});
export type CodevAnswers = z.infer<typeof codevAnswersSchema>;

export function readCodevAnswers(raw: unknown): CodevAnswers | null {
  const parsed = codevAnswersSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export type DayRanges = { day: Weekday; ranges: { from: number; to: number }[] };

/** "mon-09", "mon-10", "mon-14" → Monday 09:00–11:00 and 14:00–15:00: the profile's grid, read aloud. */
export function availabilityRanges(slots: readonly string[]): DayRanges[] {
  const chosen = new Set(slots);
  const out: DayRanges[] = [];
  for (const day of weekdays) {
    const hours = [...chosen]
      .filter((s) => s.startsWith(`${day}-`))
      .map((s) => Number(s.slice(4)))
      .filter((h) => Number.isInteger(h))
      .sort((a, b) => a - b);
    const ranges: { from: number; to: number }[] = [];
    for (const h of hours) {
      const last = ranges.at(-1);
      if (last && last.to === h) last.to = h + 1;
      else ranges.push({ from: h, to: h + 1 });
    }
    if (ranges.length > 0) out.push({ day, ranges });
  }
  return out;
}
