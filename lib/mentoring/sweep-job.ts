import { now } from "@/lib/clock";
import { sweepMentoring } from "./sweep";

/** Queue "mentoring.sweep": the cron's tick carries no data; the sweep reads the clock itself. */
export async function handleMentoringSweep(): Promise<void> {
  const result = await sweepMentoring(now());
  if (result.expired + result.reminded + result.goalsDue > 0) {
    console.info(`[kring] mentoring sweep: ${result.expired} expired, ${result.reminded} reminded, ${result.goalsDue} goals due`);
  }
}
