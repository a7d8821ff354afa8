/**
 * The step-by-step runner's clock (a co-development session, a guided conversation), as plain data so that
 * it can be stored, shared by every screen showing the runner, and tested with fixed instants. A step's time
 * runs only while the runner is not paused; when it runs out the step goes into overtime (the runner gives a
 * gentle signal) but never moves on by itself.
 */
export type RunnerClock = {
  stepIndex: number;
  /** When the current step (re)started, in ms since the epoch. */
  stepStartedAt: number;
  /** Set while paused. */
  pausedAt: number | null;
  /** Pause time inside the current step, already over. */
  pausedMs: number;
};

export function startRunner(at: number): RunnerClock {
  return { stepIndex: 0, stepStartedAt: at, pausedAt: null, pausedMs: 0 };
}

function atStep(stepIndex: number, at: number, paused: boolean): RunnerClock {
  return { stepIndex, stepStartedAt: at, pausedAt: paused ? at : null, pausedMs: 0 };
}

export function nextStep(clock: RunnerClock, stepCount: number, at: number): RunnerClock {
  if (clock.stepIndex >= stepCount - 1) return clock;
  return atStep(clock.stepIndex + 1, at, clock.pausedAt !== null);
}

export function previousStep(clock: RunnerClock, at: number): RunnerClock {
  if (clock.stepIndex === 0) return clock;
  return atStep(clock.stepIndex - 1, at, clock.pausedAt !== null);
}

export function pauseRunner(clock: RunnerClock, at: number): RunnerClock {
  return clock.pausedAt !== null ? clock : { ...clock, pausedAt: at };
}

export function resumeRunner(clock: RunnerClock, at: number): RunnerClock {
  if (clock.pausedAt === null) return clock;
  return { ...clock, pausedAt: null, pausedMs: clock.pausedMs + Math.max(0, at - clock.pausedAt) };
}

/** Milliseconds the current step has run, pauses left out. */
export function elapsedMs(clock: RunnerClock, at: number): number {
  const until = clock.pausedAt ?? at;
  return Math.max(0, until - clock.stepStartedAt - clock.pausedMs);
}

/** Time left in the step (negative in overtime) and whether the step's time is up. */
export function stepTimer(clock: RunnerClock, stepMinutes: number, at: number): { remainingMs: number; overtime: boolean } {
  const remainingMs = stepMinutes * 60_000 - elapsedMs(clock, at);
  return { remainingMs, overtime: remainingMs < 0 };
}

/** "12:05", or "+1:30" in overtime. */
export function formatTimer(remainingMs: number): string {
  const overtime = remainingMs < 0;
  const seconds = Math.ceil(Math.abs(remainingMs) / 1000);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  return overtime ? `+${text}` : text;
}

/**
 * How far the server's clock is ahead of this device's (negative: behind), as a screen showing the runner
 * estimates it, for the step it was measured in. Every read of the page brings a sample: the server's time
 * when it rendered the page minus the device's time once the page is shown. The delay in between only makes
 * a sample smaller, so within one step the largest sample is the best estimate, and the countdown neither
 * jumps back nor stutters at each re-read; it runs on the device's own clock from there. A new step starts
 * from a fresh sample, so that a device whose clock was changed meanwhile shows the step's full time.
 */
export type ClockSync = { stepId: string | null; offsetMs: number };

export function syncClock(previous: ClockSync | null, stepId: string | null, sampleMs: number): ClockSync {
  if (previous === null || previous.stepId !== stepId) return { stepId, offsetMs: sampleMs };
  return sampleMs > previous.offsetMs ? { stepId, offsetMs: sampleMs } : previous;
}
