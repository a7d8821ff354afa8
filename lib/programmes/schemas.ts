import { z } from "zod";
import { plainDateField } from "@/lib/validation/dates";
import { multiLineText, singleLineText } from "@/lib/validation/text";

// What every programme's inputs share, validated once at the boundary (lib/auth/action.ts): the programme's
// id, the fields of its admin form that every kind has (names, descriptions, the sign-up window) and the
// status buttons. Each kind extends the detail fields with its own settings (lib/mentoring/programme-schemas.ts,
// lib/codevelopment/programme-schemas.ts). Messages are keys under "errors" of the form's namespace (the
// action wrapper strips the "errors." prefix). No server-only import: forms in the browser read these.

const line = (max: number) => singleLineText().min(1, "errors.required").max(max, "errors.tooLong");
const text = (max: number) => multiLineText().min(1, "errors.required").max(max, "errors.tooLong");
const date = plainDateField("errors.invalid");

export const programmeIdField = z.uuid("errors.not_found");
export const programmeIdSchema = z.object({ programmeId: programmeIdField });

/** The admin form's fields of every kind. The window is two dates; the data layer turns them into instants in the organisation's time zone. */
export const programmeDetailFields = z.object({
  nameNl: line(120),
  nameEn: line(120),
  descriptionNl: text(2000),
  descriptionEn: text(2000),
  opens: date,
  closes: date,
});
export type ProgrammeDetails = z.infer<typeof programmeDetailFields>;

export const closesAfterOpens = (v: { opens: string; closes: string }) => v.closes >= v.opens;
export const closesError = { message: "errors.closesBeforeOpens", path: ["closes"] };

/** The status buttons (lib/programmes/status.ts holds what each one does). */
export const programmeTransitionNames = ["open", "close", "archive"] as const;
export type ProgrammeTransition = (typeof programmeTransitionNames)[number];
export const programmeTransitionSchema = z.object({ programmeId: programmeIdField, transition: z.enum(programmeTransitionNames) });
