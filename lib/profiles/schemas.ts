import { z } from "zod";
import { allSlotKeys, isSlotKey, sortSlots } from "@/lib/profiles/availability";
import { profileLanguages } from "@/lib/profiles/languages";
import { isSupportedTimeZone } from "@/lib/profiles/time-zones";
import { multiLineText, singleLineText } from "@/lib/validation/text";

// A member's own profile, validated once at the boundary (lib/auth/action.ts) and handed to lib/profiles
// typed: the profile form and its manager picker. Messages are keys under "profile.errors" (the action
// wrapper strips the "errors." prefix).

export const NAME_MAX = 120;
export const TEXT_MAX = 120;
export const BIO_MAX = 500;
export const TOPICS_MAX = 30;

/** A missing field (an unchecked box, a field left out of the post) is an empty string, not an error. */
const asString = (value: unknown) => (typeof value === "string" ? value : "");
/** Checkbox groups post nothing, one value or several; always an array here. */
const asArray = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);
const emptyToNull = (value: unknown) => (value === undefined || value === "" ? null : value);

const optionalText = (max: number) =>
  z.preprocess(asString, singleLineText().max(max, { error: "errors.tooLong" })).transform((v) => v || null);

const unique = <T>(values: T[]) => [...new Set(values)];

export const updateProfileSchema = z.object({
  name: z.preprocess(
    asString,
    singleLineText().min(1, { error: "errors.nameRequired" }).max(NAME_MAX, { error: "errors.tooLong" }),
  ),
  jobTitle: optionalText(TEXT_MAX),
  department: optionalText(TEXT_MAX),
  managerMembershipId: z.preprocess(emptyToNull, z.uuid({ error: "errors.managerInvalid" }).nullable()),
  seniority: z.preprocess(
    (v) => {
      const value = emptyToNull(v);
      return typeof value === "string" ? Number(value) : value;
    },
    z.number({ error: "errors.seniority" }).int({ error: "errors.seniority" }).min(1, { error: "errors.seniority" }).max(10, { error: "errors.seniority" }).nullable(),
  ),
  languages: z.preprocess(
    asArray,
    z.array(z.enum(profileLanguages, { error: "errors.languages" })).min(1, { error: "errors.languagesRequired" }),
  ).transform(unique),
  timeZone: z.preprocess(asString, z.string().refine(isSupportedTimeZone, { error: "errors.timeZone" })),
  topics: z.preprocess(
    asArray,
    z
      .array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: "errors.unknownTopic" }))
      .max(TOPICS_MAX, { error: "errors.tooManyTopics" }),
  ).transform(unique),
  // A textarea: its line breaks count as one character each, like the counter does (multiLineText).
  bio: z.preprocess(asString, multiLineText().max(BIO_MAX, { error: "errors.bioTooLong" })).transform((v) => v || null),
  availability: z.preprocess(
    asArray,
    z.array(z.string().refine(isSlotKey, { error: "errors.availability" })).max(allSlotKeys.length, { error: "errors.availability" }),
  ).transform(sortSlots),
});

export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;

/** The manager picker's look-up text. */
export const managerSearchSchema = singleLineText().min(2).max(80);
