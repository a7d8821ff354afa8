import type { UnassignedReason } from "./groups-types";

/** English wording of an unassigned reason, for the command line (the app words the codes itself). */
export function describeUnassignedReason(reason: UnassignedReason): string {
  switch (reason.code) {
    case "noLanguageOrSlot":
      return "lists no language or no time slot; add at least one of each";
    case "tooFewPeers":
      return reason.suggestedSlots.length > 0
        ? `shares no slot with enough peers; adding ${joinOr(reason.suggestedSlots)} would place them`
        : "shares no slot with enough peers; more participants with a shared language and slot are needed";
    case "groupsFull":
      return reason.suggestedSlots.length > 0
        ? `every group in their slots (${reason.slots.join(", ")}) is full; adding ${joinOr(reason.suggestedSlots)} would place them`
        : `every group in their slots (${reason.slots.join(", ")}) is full; a larger maximum group size would place them`;
    case "reportingLineConflict":
      return `the groups with room in their slots (${reason.slots.join(", ")}) include their manager or a direct report; adding another slot would help`;
  }
}

function joinOr(items: string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
