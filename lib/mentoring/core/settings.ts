import { z } from "zod";

// The mentoring programme's settings, stored in programmes.settings (jsonb). The matching round reads them
// through `readMentoringSettings`, so that a programme saved before a field existed still gets its default.

export const matchingModes = ["admin", "self-select"] as const;
export const departmentRules = ["prefer-different", "require-different", "ignore"] as const;
export const criteriaKeys = ["topics", "seniority", "timeZone", "department", "availability"] as const;
export type CriterionKey = (typeof criteriaKeys)[number];

const weight = z.coerce.number().int("errors.invalid").min(0, "errors.invalid").max(5, "errors.invalid");

export const mentoringSettingsSchema = z.object({
  matchingMode: z.enum(matchingModes, "errors.invalidOption"),
  weights: z.object({ topics: weight, seniority: weight, timeZone: weight, department: weight, availability: weight }),
  minSeniorityGap: z.coerce.number().int("errors.invalid").min(0, "errors.invalid").max(9, "errors.invalid"),
  departmentRule: z.enum(departmentRules, "errors.invalidOption"),
  defaultCapacity: z.coerce.number().int("errors.invalid").min(1, "errors.invalid").max(3, "errors.invalid"),
  responseDays: z.coerce.number().int("errors.invalid").min(1, "errors.invalid").max(30, "errors.invalid"),
});

export type MentoringSettings = z.infer<typeof mentoringSettingsSchema>;

export const defaultMentoringSettings: MentoringSettings = {
  matchingMode: "admin",
  weights: { topics: 3, seniority: 2, timeZone: 2, department: 1, availability: 2 },
  minSeniorityGap: 1,
  departmentRule: "prefer-different",
  defaultCapacity: 1,
  responseDays: 5,
};

/** Field by field, so that one stale or missing value falls back to its default instead of all of them. */
export function readMentoringSettings(raw: Record<string, unknown> | null | undefined): MentoringSettings {
  const source = raw ?? {};
  const shape = mentoringSettingsSchema.shape;
  const pick = <K extends keyof MentoringSettings>(key: K): MentoringSettings[K] => {
    const parsed = shape[key].safeParse(source[key]);
    return parsed.success ? (parsed.data as MentoringSettings[K]) : defaultMentoringSettings[key];
  };
  return {
    matchingMode: pick("matchingMode"),
    weights: pick("weights"),
    minSeniorityGap: pick("minSeniorityGap"),
    departmentRule: pick("departmentRule"),
    defaultCapacity: pick("defaultCapacity"),
    responseDays: pick("responseDays"),
  };
}
