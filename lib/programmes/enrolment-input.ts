import { z } from "zod";
import { MAX_AVOID, MAX_GOALS_LENGTH, MAX_TOPICS } from "./answers";
import { multiLineText, singleLineText } from "@/lib/validation/text";

// The enrolment form, validated once on the server. One schema per role, told apart by the `role` field.

const topics = z.array(singleLineText().min(1).max(60)).max(MAX_TOPICS, "errors.tooMany").default([]);
const programmeId = z.uuid("errors.not_found");

export const menteeInputSchema = z.object({
  programmeId,
  role: z.literal("mentee"),
  goals: multiLineText().max(MAX_GOALS_LENGTH, "errors.tooLong").default(""),
  topics,
  avoid: z.array(z.uuid("errors.avoidNotMember")).max(MAX_AVOID, "errors.avoidTooMany").default([]),
});

export const mentorInputSchema = z.object({
  programmeId,
  role: z.literal("mentor"),
  topics,
  /** Empty means "the programme's default". */
  capacity: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int("errors.capacityRange").min(1, "errors.capacityRange").max(3, "errors.capacityRange").optional()),
  // A checkbox: present ("on") when ticked, absent otherwise.
  paused: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});

export const enrolmentInputSchema = z.discriminatedUnion("role", [menteeInputSchema, mentorInputSchema], "errors.invalidOption");
export type EnrolmentInput = z.infer<typeof enrolmentInputSchema>;

export const programmeIdSchema = z.object({ programmeId });
