"use client";

import { buttonClass } from "@/app/_components/ui/button";
import { playChime } from "./chime";
import { useStoredFlag } from "./use-stored-flag";

/** This device's choices for a runner's screen (large type for a shared screen, a chime when a step's time is up). */
export function useRunnerDisplay() {
  const [large, setLarge] = useStoredFlag("kring.runner.largeType");
  const [sound, setSound] = useStoredFlag("kring.runner.sound");
  return { large, setLarge, sound, setSound };
}

export type RunnerDisplay = ReturnType<typeof useRunnerDisplay>;

/** The two switches above a runner, in the caller's words. */
export function RunnerDisplayOptions({ display, largeLabel, soundLabel }: { display: RunnerDisplay; largeLabel: string; soundLabel: string }) {
  const { large, setLarge, sound, setSound } = display;
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-base">
      <button type="button" aria-pressed={large} onClick={() => setLarge(!large)} className={buttonClass({ variant: "secondary" })}>
        {largeLabel}
      </button>
      <label className="inline-flex items-center gap-2">
        <input
          type="checkbox"
          checked={sound}
          onChange={(event) => {
            setSound(event.target.checked);
            if (event.target.checked) playChime();
          }}
          className="h-5 w-5"
        />
        {soundLabel}
      </label>
    </div>
  );
}
