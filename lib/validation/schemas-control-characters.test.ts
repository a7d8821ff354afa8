import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { organizationSettingsSchema } from "@/lib/organizations/schemas";
import { updateProfileSchema } from "@/lib/profiles/schemas";
import { addActionItemSchema, commentCaseSchema, feedbackSchema, learningSchema, saveCaseSchema, stepNoteSchema } from "@/lib/codevelopment/schemas";
import { addNoteSchema, closingReflectionSchema, createGoalSchema, fitCheckSchema } from "@/lib/mentoring/schemas";
import { codevProgrammeInputSchema, ownMethodSchema } from "@/lib/codevelopment/programme-schemas";
import { enrolmentInputSchema, menteeAnswersSchema, programmeInputSchema } from "@/lib/mentoring/programme-schemas";
import { createSeriesSchema } from "@/lib/scheduling/schemas";
import { CONTROL_CHARACTERS } from "./text";

// Every schema with a text field refuses a NUL byte in it with the field message (lib/validation/text.ts)
// on its own, not only through the net of lib/auth/action.ts in front of it (a stored answer read back, a
// schema used outside an action).

/** The message the form shows next to `field`: zod's first issue on that path. */
function fieldMessage(schema: z.ZodType, input: Record<string, unknown>, field: string): string | undefined {
  const result = schema.safeParse(input);
  return result.error?.issues.find((issue) => issue.path.join(".") === field)?.message;
}

const NUL = "before\u0000after";
const cases: [string, z.ZodType, Record<string, unknown>, string][] = [
  ["profile name", updateProfileSchema, { name: NUL }, "name"],
  ["profile job title", updateProfileSchema, { jobTitle: NUL }, "jobTitle"],
  ["profile bio", updateProfileSchema, { bio: NUL }, "bio"],
  ["organisation name", organizationSettingsSchema, { name: NUL }, "name"],
  ["organisation topics", organizationSettingsSchema, { topics: `one\n${NUL}` }, "topics"],
  ["case title", saveCaseSchema, { title: NUL }, "title"],
  ["case context", saveCaseSchema, { context: NUL }, "context"],
  ["case comment", commentCaseSchema, { comment: NUL }, "comment"],
  ["feedback comment", feedbackSchema, { comment: NUL }, "comment"],
  ["learning", learningSchema, { body: NUL }, "body"],
  ["step note", stepNoteSchema, { body: NUL }, "body"],
  ["step note key", stepNoteSchema, { stepKey: NUL }, "stepKey"],
  ["action item", addActionItemSchema, { description: NUL }, "description"],
  ["pair note", addNoteSchema, { body: NUL }, "body"],
  ["goal", createGoalSchema, { specific: NUL }, "specific"],
  ["fit check", fitCheckSchema, { text: NUL }, "text"],
  ["closing reflection", closingReflectionSchema, { text: NUL }, "text"],
  ["series title", createSeriesSchema, { title: NUL }, "title"],
  ["series place", createSeriesSchema, { place: NUL }, "place"],
  ["series video link", createSeriesSchema, { videoUrl: `https://video.example/${NUL}` }, "videoUrl"],
  ["programme name", programmeInputSchema, { nameNl: NUL }, "nameNl"],
  ["programme description", programmeInputSchema, { descriptionEn: NUL }, "descriptionEn"],
  ["co-development programme name", codevProgrammeInputSchema, { nameEn: NUL }, "nameEn"],
  ["own method step", ownMethodSchema, { steps: [{ title: { nl: "a", en: "a" }, instruction: { nl: "a", en: NUL }, minutes: 5 }] }, "steps.0.instruction.en"],
  ["enrolment goals", enrolmentInputSchema, { role: "mentee", goals: NUL }, "goals"],
  ["enrolment topic", enrolmentInputSchema, { role: "mentee", topics: [NUL] }, "topics.0"],
  ["stored mentee answers", menteeAnswersSchema, { goals: NUL }, "goals"],
];

describe("a NUL byte in a text field is a field error, not a database error", () => {
  for (const [name, schema, input, field] of cases) {
    it(name, () => expect(fieldMessage(schema, input, field)).toBe(CONTROL_CHARACTERS));
  }

  it("single-line fields refuse a tab too; multi-line ones keep tabs and line breaks", () => {
    expect(fieldMessage(updateProfileSchema, { name: "Ada\tLovelace" }, "name")).toBe(CONTROL_CHARACTERS);
    expect(fieldMessage(updateProfileSchema, { bio: "line one\r\n\tline two" }, "bio")).toBeUndefined();
    expect(fieldMessage(addNoteSchema, { body: "a\nb" }, "body")).toBeUndefined();
  });
});
