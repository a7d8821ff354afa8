import { z } from "zod";
import { plainDateField } from "@/lib/validation/dates";
import { multiLineText, singleLineText } from "@/lib/validation/text";
import { mentoringSettingsSchema } from "@/lib/mentoring/core/settings";

// The admin's programme form, validated once on the server (STYLE.md 5). The window is two dates; the
// data layer turns them into instants in the organisation's time zone.

const line = (max: number) => singleLineText().min(1, "errors.required").max(max, "errors.tooLong");
const text = (max: number) => multiLineText().min(1, "errors.required").max(max, "errors.tooLong");
const date = plainDateField("errors.invalid");

const programmeFields = z
  .object({
    nameNl: line(120),
    nameEn: line(120),
    descriptionNl: text(2000),
    descriptionEn: text(2000),
    opens: date,
    closes: date,
  })
  .extend(mentoringSettingsSchema.shape);

const closesAfterOpens = (v: { opens: string; closes: string }) => v.closes >= v.opens;
const closesError = { message: "errors.closesBeforeOpens", path: ["closes"] };

export const programmeInputSchema = programmeFields.refine(closesAfterOpens, closesError);

export type ProgrammeInput = z.infer<typeof programmeInputSchema>;

/** The flat form fields ("weights.topics") as the nested object the schema expects. */
export function nestWeights(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const weights: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith("weights.")) weights[key.slice(8)] = value;
    else rest[key] = value;
  }
  return { ...rest, weights };
}

/** For server actions: FormData fields in, the typed input out; errors keep the flat field names. */
export const programmeFormSchema = z.preprocess(nestWeights, programmeInputSchema);
export const programmeUpdateFormSchema = z.preprocess(nestWeights, programmeFields.extend({ programmeId: z.uuid("errors.not_found") }).refine(closesAfterOpens, closesError));
