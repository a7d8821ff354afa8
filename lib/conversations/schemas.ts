import { z } from "zod";
import { guideKinds, promptLines } from "@/lib/conversations/core/guide-types";
import { nestFields } from "@/lib/forms/form-data";
import { isDateInRange } from "@/lib/validation/dates";
import { multiLineText, singleLineText } from "@/lib/validation/text";

// Conversation guides (issue 12), validated once at the boundary (lib/auth/action.ts) and handed to
// lib/conversations typed: a guide as stored and as built in (`guideSchema`), an organisation's own guide as
// the admin's form posts it (`ownGuideSchema`), and what a conversation's closing step records. Messages are
// keys under "guides.errors" or the app's "errors". No server-only import: the form in the browser reads the
// limits below.

export const GUIDE_LIMITS = {
  name: 120,
  summary: 500,
  stepTitle: 120,
  prompt: 300,
  /** Questions per step, per language. */
  prompts: 8,
  /** A prompts field: every question on its own line. */
  promptsText: 8 * 301,
  steps: 12,
  preparation: 2000,
  minutes: 120,
  agreement: 500,
  action: 500,
  records: 20,
} as const;

const line = (max: number) => singleLineText().min(1, "errors.required").max(max, "errors.tooLong");
const text = (max: number) => multiLineText().min(1, "errors.required").max(max, "errors.tooLong");
const minutes = z.coerce.number("errors.minutesRange").int("errors.minutesRange").min(1, "errors.minutesRange").max(GUIDE_LIMITS.minutes, "errors.minutesRange");
const localizedLine = (max: number) => z.object({ nl: line(max), en: line(max) });
const localizedText = (max: number) => z.object({ nl: text(max), en: text(max) });
const kind = z.enum(guideKinds, "errors.invalidOption");

// ---- A guide as the code and the database hold it (the built-in ones are checked against this in tests,
// a stored row is read back through it).

const prompt = z.object({ nl: line(GUIDE_LIMITS.prompt), en: line(GUIDE_LIMITS.prompt) });
const prompts = z.array(prompt).min(1, "errors.promptsRequired").max(GUIDE_LIMITS.prompts, "errors.tooManyPrompts");

export const guideStepSchema = z.object({ key: singleLineText().min(1).max(60), title: localizedLine(GUIDE_LIMITS.stepTitle), prompts, minutes });

export const guideSchema = z.object({
  key: singleLineText().min(1).max(80),
  kind,
  name: localizedLine(GUIDE_LIMITS.name),
  summary: localizedText(GUIDE_LIMITS.summary),
  steps: z.array(guideStepSchema).min(1, "errors.stepsRequired").max(GUIDE_LIMITS.steps, "errors.tooManySteps"),
  preparation: localizedText(GUIDE_LIMITS.preparation).nullable(),
  closing: z.object({ title: localizedLine(GUIDE_LIMITS.stepTitle), prompts, minutes }),
});

// ---- An organisation's own guide, as the library's form posts it. Field names are flat
// ("steps.2.prompts.en"); `nestFields` makes them the nested object below, and errors come back under the
// same names. Questions are typed one per line; Dutch and English must have as many.

const promptsField = z.object({
  nl: multiLineText().max(GUIDE_LIMITS.promptsText, "errors.tooLong"),
  en: multiLineText().max(GUIDE_LIMITS.promptsText, "errors.tooLong"),
});
type PromptsField = z.infer<typeof promptsField>;

/** Each language's list on its own: present, not too many, no question too long; then both as long. */
function checkPrompts(value: PromptsField, ctx: z.RefinementCtx) {
  const counts: number[] = [];
  for (const language of ["nl", "en"] as const) {
    const lines = promptLines(value[language]);
    counts.push(lines.length);
    const error =
      lines.length === 0 ? "errors.promptsRequired" : lines.length > GUIDE_LIMITS.prompts ? "errors.tooManyPrompts" : lines.some((l) => l.length > GUIDE_LIMITS.prompt) ? "errors.promptTooLong" : null;
    if (error) ctx.addIssue({ code: "custom", path: [language], message: error });
  }
  if (counts[0] > 0 && counts[1] > 0 && counts[0] !== counts[1] ) ctx.addIssue({ code: "custom", path: ["en"], message: "errors.promptsMismatch" });
}

const promptsInput = promptsField.superRefine(checkPrompts);

// Both texts or neither: one language alone would send half of the guide's readers an empty email.
const preparationInput = z
  .object({ nl: multiLineText().max(GUIDE_LIMITS.preparation, "errors.tooLong"), en: multiLineText().max(GUIDE_LIMITS.preparation, "errors.tooLong") })
  .superRefine((value, ctx) => {
    if (value.nl === "" && value.en !== "") ctx.addIssue({ code: "custom", path: ["nl"], message: "errors.preparationBoth" });
    if (value.en === "" && value.nl !== "") ctx.addIssue({ code: "custom", path: ["en"], message: "errors.preparationBoth" });
  })
  .transform((value) => (value.nl === "" ? null : value));

const emptyText = { nl: "", en: "" };

export const ownGuideSchema = z.object({
  kind,
  name: localizedLine(GUIDE_LIMITS.name),
  summary: localizedText(GUIDE_LIMITS.summary),
  // Every step removed: nothing is posted.
  steps: z.preprocess(
    (v) => v ?? [],
    z
      .array(z.object({ key: singleLineText().max(60).optional(), title: localizedLine(GUIDE_LIMITS.stepTitle), prompts: z.preprocess((v) => v ?? emptyText, promptsInput), minutes }))
      .min(1, "errors.stepsRequired")
      .max(GUIDE_LIMITS.steps, "errors.tooManySteps"),
  ),
  preparation: z.preprocess((v) => v ?? emptyText, preparationInput),
  closing: z.object({ title: localizedLine(GUIDE_LIMITS.stepTitle), prompts: z.preprocess((v) => v ?? emptyText, promptsInput), minutes }),
});
export type OwnGuideInput = z.infer<typeof ownGuideSchema>;

const guideId = z.uuid("errors.not_found");
export const guideIdSchema = z.object({ guideId });
export const createGuideFormSchema = z.preprocess(nestFields, ownGuideSchema);
export const updateGuideFormSchema = z.preprocess(nestFields, ownGuideSchema.extend({ guideId }));

// ---- What a conversation's closing step records, all at once when the two close the conversation. The form
// posts "agreements.0", "actions.1.description"…; `closeConversationSchema` nests them. An action's owner is
// a membership id (the data layer checks that it is one of the two people) or "" for nobody in particular.

const dueDate = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : v ?? ""),
  z
    .string()
    .refine((v) => v === "" || isDateInRange(v), "errors.dueDate")
    .transform((v) => v || null),
);

const owner = z.preprocess(
  (v) => v ?? "",
  z.union([z.literal(""), z.uuid("errors.invalidOption")], "errors.invalidOption").transform((v) => v || null),
);

const noneYet = (v: unknown) => v ?? [];

export const closingRecordSchema = z.object({
  agreements: z.preprocess(noneYet, z.array(text(GUIDE_LIMITS.agreement)).max(GUIDE_LIMITS.records, "errors.tooMany")),
  actions: z.preprocess(
    noneYet,
    z.array(z.object({ description: text(GUIDE_LIMITS.action), ownerMembershipId: owner, dueDate })).max(GUIDE_LIMITS.records, "errors.tooMany"),
  ),
});
export type ClosingRecordInput = z.infer<typeof closingRecordSchema>;

// ---- Holding a conversation: starting one from a pair's space or the manager's team page, the runner's
// buttons, and ticking off an action later.

const ref = z.uuid("errors.not_found");
const guideKey = z.preprocess((v) => v ?? "", singleLineText().min(1, "errors.guideRequired").max(80, "errors.invalidOption"));
const plannedOn = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : v ?? ""),
  z
    .string()
    .refine((v) => v === "" || isDateInRange(v), "errors.plannedOn")
    .transform((v) => v || null),
);
/** "plan": the other person gets the preparation and the two start later; "now": the two start at once. */
const startMode = z.enum(["plan", "now"], "errors.invalidOption");

export const startPairConversationSchema = z.object({ matchId: ref, guideKey, plannedOn, mode: startMode });
export type StartPairConversationInput = z.infer<typeof startPairConversationSchema>;
export const startTeamConversationSchema = z.object({ teamMemberId: z.uuid("errors.teamMemberRequired"), guideKey, plannedOn, mode: startMode });
export type StartTeamConversationInput = z.infer<typeof startTeamConversationSchema>;

export const conversationRefSchema = z.object({ conversationId: ref });
export const moveConversationStepSchema = conversationRefSchema.extend({
  direction: z.enum(["next", "back"]),
  /** The step the screen showed: a press for a step the runner has already left changes nothing. */
  fromStep: z.coerce.number().int().min(0).max(GUIDE_LIMITS.steps),
});
export type MoveConversationStepInput = z.infer<typeof moveConversationStepSchema>;
export const closeConversationSchema = z.preprocess(nestFields, closingRecordSchema.extend({ conversationId: ref }));
export type CloseConversationInput = z.infer<typeof closeConversationSchema>;
export const conversationActionDoneSchema = z.object({ actionId: ref, done: z.enum(["yes", "no"]).transform((v) => v === "yes") });
export type ConversationActionDoneInput = z.infer<typeof conversationActionDoneSchema>;
