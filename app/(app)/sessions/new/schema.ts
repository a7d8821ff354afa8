import { z } from "zod";
import { isSupportedTimeZone } from "@/lib/profiles/time-zones";
import { isPlainDate } from "@/lib/scheduling/local-date";
import { seriesLimits } from "@/lib/scheduling/series";
import { PARTICIPANTS_MAX, PARTICIPANTS_MIN } from "@/lib/scheduling/series-input";

export { createSeriesSchema } from "@/lib/scheduling/series-input";

/** The slot picker's question: these people, this week, this long, on this clock. */
export const proposeSlotsSchema = z.object({
  membershipIds: z.array(z.uuid()).min(PARTICIPANTS_MIN).max(PARTICIPANTS_MAX),
  weekStart: z.string().refine(isPlainDate),
  durationMinutes: z.int().min(seriesLimits.minDuration).max(seriesLimits.maxDuration),
  timeZone: z.string().refine(isSupportedTimeZone),
});

export const memberSearchSchema = z.string().trim().min(2).max(80);
