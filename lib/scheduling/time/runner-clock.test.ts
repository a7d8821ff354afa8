import { describe, expect, it } from "vitest";
import { elapsedMs, formatTimer, nextStep, pauseRunner, previousStep, resumeRunner, startRunner, stepTimer, syncClock } from "./runner-clock";

const t0 = Date.UTC(2026, 10, 23, 18, 0, 0);
const min = 60_000;

describe("the session runner's clock", () => {
  it("counts a step down and goes into overtime without moving on", () => {
    const clock = startRunner(t0);
    expect(stepTimer(clock, 5, t0 + 2 * min)).toEqual({ remainingMs: 3 * min, overtime: false });
    expect(stepTimer(clock, 5, t0 + 6 * min)).toEqual({ remainingMs: -1 * min, overtime: true });
    expect(clock.stepIndex).toBe(0);
  });

  it("leaves pauses out of a step's time", () => {
    let clock = startRunner(t0);
    clock = pauseRunner(clock, t0 + 1 * min);
    expect(elapsedMs(clock, t0 + 10 * min)).toBe(1 * min);
    clock = resumeRunner(clock, t0 + 4 * min);
    expect(elapsedMs(clock, t0 + 6 * min)).toBe(3 * min);
    // Pausing twice or resuming twice changes nothing.
    expect(resumeRunner(clock, t0 + 7 * min)).toBe(clock);
    const paused = pauseRunner(clock, t0 + 7 * min);
    expect(pauseRunner(paused, t0 + 8 * min)).toBe(paused);
  });

  it("next and back restart the step's time and stop at the ends", () => {
    let clock = startRunner(t0);
    expect(previousStep(clock, t0 + min)).toBe(clock);
    clock = nextStep(clock, 3, t0 + 5 * min);
    expect(clock.stepIndex).toBe(1);
    expect(elapsedMs(clock, t0 + 6 * min)).toBe(1 * min);
    clock = nextStep(nextStep(clock, 3, t0 + 7 * min), 3, t0 + 8 * min);
    expect(clock.stepIndex).toBe(2);
    clock = previousStep(clock, t0 + 9 * min);
    expect(clock.stepIndex).toBe(1);
    expect(elapsedMs(clock, t0 + 10 * min)).toBe(1 * min);
  });

  it("stays paused when moving between steps while paused", () => {
    const paused = pauseRunner(startRunner(t0), t0 + min);
    const moved = nextStep(paused, 2, t0 + 2 * min);
    expect(moved.pausedAt).toBe(t0 + 2 * min);
    expect(elapsedMs(moved, t0 + 5 * min)).toBe(0);
  });

  it("formats the timer for the screen", () => {
    expect(formatTimer(12 * min + 5_000)).toBe("12:05");
    expect(formatTimer(500)).toBe("0:01");
    expect(formatTimer(-(min + 30_000))).toBe("+1:30");
  });

  it("keeps a screen's best estimate of the server's clock within a step, and measures again at the next", () => {
    // Samples are the server's time minus the device's; a slow read makes one smaller than the truth.
    const first = syncClock(null, "0:1000", -2_000);
    expect(first).toEqual({ stepId: "0:1000", offsetMs: -2_000 });
    // A slower read, or the device's clock running ahead (a test clock, say), does not pull the countdown back.
    expect(syncClock(first, "0:1000", -2_400)).toBe(first);
    expect(syncClock(first, "0:1000", -5 * min)).toBe(first);
    // A quicker read is a better estimate.
    expect(syncClock(first, "0:1000", -1_800)).toEqual({ stepId: "0:1000", offsetMs: -1_800 });
    // The next step starts from its own sample, whatever came before.
    expect(syncClock(first, "1:9000", -5 * min)).toEqual({ stepId: "1:9000", offsetMs: -5 * min });
    // Before the session starts there is no step: the first sample after it counts afresh.
    expect(syncClock(syncClock(null, null, 0), "0:1000", -3_000)).toEqual({ stepId: "0:1000", offsetMs: -3_000 });
  });
});

