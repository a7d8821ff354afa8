import type { CodevSettings } from "./settings";

// Before anyone presses "Form groups": whether the sign-ups so far can make a valid group at all, said on
// the programme's page with what to do about it (sign-up is still running, so these are warnings).

export type ReadinessWarning =
  | { code: "tooFewParticipants"; participants: number; min: number }
  | { code: "noFacilitator" }
  /** Enough to start, but some facilitator will lead more than one group. */
  | { code: "fewFacilitators"; facilitators: number; groups: number };

export type SignUps = { participants: number; facilitators: number };

export function formationWarnings(signUps: SignUps, settings: Pick<CodevSettings, "groupSizeMin" | "groupSizeMax" | "facilitatorMode">): ReadinessWarning[] {
  const warnings: ReadinessWarning[] = [];
  if (signUps.participants < settings.groupSizeMin) warnings.push({ code: "tooFewParticipants", participants: signUps.participants, min: settings.groupSizeMin });
  if (settings.facilitatorMode === "perGroup") {
    // The fewest groups the sign-ups make when every group is as large as allowed.
    const groups = Math.ceil(signUps.participants / settings.groupSizeMax);
    if (signUps.facilitators === 0) warnings.push({ code: "noFacilitator" });
    else if (signUps.facilitators < groups) warnings.push({ code: "fewFacilitators", facilitators: signUps.facilitators, groups });
  }
  return warnings;
}
