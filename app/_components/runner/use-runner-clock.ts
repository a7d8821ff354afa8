"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { syncClock, type ClockSync, type RunnerClock } from "@/lib/scheduling/time/runner-clock";
import { playChime } from "./chime";

// What both step-by-step runners (a co-development session, a guided conversation) do on a screen: a
// countdown on this device's clock corrected by the server's, screens that follow each other's presses, and
// the optional chime when a step's time runs out.

/** Screens showing a running runner follow the other screens' presses by re-reading the page now and then. */
const REFRESH_MS = 5000;

/** The step's identity: a new step (or the same one started again) is a fresh start for the countdown. */
export function stepIdOf(clock: RunnerClock | null): string | null {
  return clock ? `${clock.stepIndex}:${clock.stepStartedAt}` : null;
}

/**
 * The server's "now" as this device sees it, ticking every second: every re-read of the page brings a
 * sample of the clock difference (syncClock), and a new step a fresh start.
 */
export function useRunnerNow(serverNow: number, stepId: string | null): number {
  const [nowMs, setNowMs] = useState(serverNow);
  const sync = useRef<ClockSync | null>(null);
  useEffect(() => {
    const current = syncClock(sync.current, stepId, serverNow - Date.now());
    sync.current = current;
    const tick = () => setNowMs(Date.now() + current.offsetMs);
    const first = window.setTimeout(tick, 0);
    const id = window.setInterval(tick, 1000);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(id);
    };
  }, [serverNow, stepId]);
  return Math.max(nowMs, serverNow);
}

/** Re-reads the page every few seconds while `live` and the tab is visible, so that every screen shows the same step. */
export function useLiveRefresh(live: boolean): void {
  const router = useRouter();
  useEffect(() => {
    if (!live) return;
    const id = window.setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, REFRESH_MS);
    return () => window.clearInterval(id);
  }, [live, router]);
}

/** The chime sounds when this screen sees a step's time run out, not when it opens on a step already over. */
export function useOvertimeChime(stepId: string | null, overtime: boolean, sound: boolean): void {
  const seen = useRef({ stepId, overtime });
  useEffect(() => {
    const before = seen.current;
    seen.current = { stepId, overtime };
    if (sound && overtime && !before.overtime && before.stepId === stepId) playChime();
  }, [stepId, overtime, sound]);
}
