import { z } from "zod";
import { isSupportedTimeZone } from "@/lib/profiles/time-zones";
import { seriesLimits } from "@/lib/scheduling/time/series";
import { PARTICIPANTS_MAX, PARTICIPANTS_MIN } from "@/lib/scheduling/series-input";
import { plainDateField } from "@/lib/validation/dates";
import { singleLineText } from "@/lib/validation/text";

export { createSeriesSchema } from "@/lib/scheduling/series-input";

/** The slot picker's question: these people, this week, this long, on this clock. */
export const proposeSlotsSchema = z.object({
  membershipIds: z.array(z.uuid()).min(PARTICIPANTS_MIN).max(PARTICIPANTS_MAX),
  weekStart: plainDateField("errors.firstDate"),
  durationMinutes: z.int().min(seriesLimits.minDuration).max(seriesLimits.maxDuration),
  timeZone: z.string().refine(isSupportedTimeZone),
});

export const memberSearchSchema = singleLineText().min(2).max(80);
