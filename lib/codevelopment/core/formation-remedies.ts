import type { ProposalReason } from "./formation-explain";
import { GROUP_SIZE_LIMITS, type FacilitatorMode } from "./settings";

// What the admin can do about each reason someone has no group, as data: the review page turns each into
// a working control (a button, a form, or the way to the programme's settings).

export type Remedy =
  /** Make this participant (or another) the facilitator: their enrolment becomes a facilitator's. */
  | { kind: "appointFacilitator" }
  /** Let groups meet without a facilitator: the members take turns. */
  | { kind: "allowRotating" }
  | { kind: "lowerMinimum"; to: number }
  | { kind: "raiseMaximum"; to: number }
  /** Move them into one of these proposed groups by hand. */
  | { kind: "placeByHand"; numbers: number[] }
  /** Add them to one of these published groups (a late sign-up): they get the group's sessions. */
  | { kind: "addToGroup"; numbers: number[] }
  /** Widen the programme's languages or session length, or its sizes beyond one step. */
  | { kind: "settings" };

/** `publishedNumbers`: the groups that are already published (a place in them is added, not moved into). */
export type RemedyContext = { groupSizeMin: number; groupSizeMax: number; facilitatorMode: FacilitatorMode; publishedNumbers: ReadonlySet<number> };

export function remediesFor(reason: ProposalReason, context: RemedyContext): Remedy[] {
  switch (reason.code) {
    case "noFacilitator":
      return context.facilitatorMode === "perGroup" ? [{ kind: "appointFacilitator" }, { kind: "allowRotating" }] : [];
    case "lateFits":
    case "fitsGroup": {
      const added = reason.numbers.filter((number) => context.publishedNumbers.has(number));
      const moved = reason.numbers.filter((number) => !context.publishedNumbers.has(number));
      return [...(moved.length > 0 ? [{ kind: "placeByHand" as const, numbers: moved }] : []), ...(added.length > 0 ? [{ kind: "addToGroup" as const, numbers: added }] : [])];
    }
    case "tooFewPeers": {
      // One smaller minimum that would let them and their peers form a group, within the hard limits.
      const to = reason.bestPeerCount + 1;
      const lower = to < context.groupSizeMin && to >= GROUP_SIZE_LIMITS.min ? [{ kind: "lowerMinimum" as const, to }] : [];
      return [...lower, { kind: "settings" }];
    }
    case "groupsFull":
      return [...(context.groupSizeMax < GROUP_SIZE_LIMITS.max ? [{ kind: "raiseMaximum" as const, to: context.groupSizeMax + 1 }] : []), { kind: "settings" }];
    case "reportingLineConflict":
    case "noLanguage":
    case "noSlot":
      return [{ kind: "settings" }];
  }
}
