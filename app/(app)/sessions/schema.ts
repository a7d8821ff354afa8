import { z } from "zod";
import { plainDateField } from "@/lib/validation/dates";

// Messages are keys under "scheduling.errors" (the action wrapper strips the "errors." prefix).

export const cancelSessionSchema = z.object({ sessionId: z.uuid({ error: "errors.invalid" }) });

export const moveSessionSchema = z.object({
  sessionId: z.uuid({ error: "errors.invalid" }),
  date: plainDateField("errors.firstDate"),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "errors.startTime" }),
  scope: z.enum(["one", "following"], { error: "errors.invalid" }),
});
