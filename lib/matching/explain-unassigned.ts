import { cellSlot, hasCell, inReportingLine } from "./group-index";
import type { GroupState } from "./group-state";
import type { UnassignedReason } from "./groups-types";

const MAX_SUGGESTIONS = 3;

/**
 * Why a participant is left out, with something to act on: which slots to add (slots where a group in
 * one of their languages has room for them), or that the groups in their slots are full.
 */
export function explainUnassigned(state: GroupState, person: number): UnassignedReason {
  const { index } = state;
  const { cellStart, cellIds, memberStart, cellMembers, minSize, maxSize } = index;
  if (cellStart[person] === cellStart[person + 1]) return { code: "noLanguageOrSlot" };
  let bestPeerCount = 0;
  const slotsWithGroups = new Set<string>();
  let fullGroups = 0;
  let blockedByReportingLine = 0;
  for (let k = cellStart[person]; k < cellStart[person + 1]; k++) {
    const cell = cellIds[k];
    let peers = 0;
    for (let m = memberStart[cell]; m < memberStart[cell + 1]; m++) {
      const peer = cellMembers[m];
      if (peer !== person && !inReportingLine(index, person, peer)) peers++;
    }
    bestPeerCount = Math.max(bestPeerCount, peers);
    for (const group of state.cellGroups[cell]) {
      const size = state.groups[group].members.length;
      if (size === 0) continue;
      slotsWithGroups.add(cellSlot(index, cell));
      if (size >= maxSize) fullGroups++;
      else if (state.conflicts(person, group)) blockedByReportingLine++;
    }
  }
  const suggestedSlots = suggestSlots(state, person);
  if (slotsWithGroups.size === 0 || bestPeerCount + 1 < minSize) {
    return { code: "tooFewPeers", bestPeerCount, suggestedSlots };
  }
  const slots = [...slotsWithGroups].sort();
  if (blockedByReportingLine > 0 && fullGroups === 0) return { code: "reportingLineConflict", slots };
  return { code: "groupsFull", slots, suggestedSlots };
}

/** Slots the person lacks where a group in one of their languages has room and no reporting-line clash. */
function suggestSlots(state: GroupState, person: number): string[] {
  const { index } = state;
  const languages = new Set<number>();
  const slotCount = index.slotNames.length;
  for (let k = index.cellStart[person]; k < index.cellStart[person + 1]; k++) languages.add(Math.floor(index.cellIds[k] / slotCount));
  const roomBySlot = new Map<string, number>();
  for (const language of languages) {
    for (let slot = 0; slot < slotCount; slot++) {
      const cell = language * slotCount + slot;
      if (hasCell(index, person, cell)) continue;
      for (const group of state.cellGroups[cell]) {
        const size = state.groups[group].members.length;
        if (size === 0 || size >= index.maxSize || state.conflicts(person, group)) continue;
        const name = index.slotNames[slot];
        roomBySlot.set(name, (roomBySlot.get(name) ?? 0) + index.maxSize - size);
      }
    }
  }
  return [...roomBySlot]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_SUGGESTIONS)
    .map(([slot]) => slot);
}
