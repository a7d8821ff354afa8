import type { GroupsProblem } from "./groups-types";

/**
 * The groups problem on integers. A "cell" is a (language, slot) combination; a group lives in one cell
 * and everyone in it must have both.
 */
export interface GroupIndex {
  count: number;
  minSize: number;
  maxSize: number;
  department: Int32Array;
  /** Participant index of the direct manager, or -1 when the manager is not a participant. */
  manager: Int32Array;
  languageNames: string[];
  slotNames: string[];
  /** Cells of participant p: cellIds[cellStart[p] .. cellStart[p + 1]). */
  cellStart: Int32Array;
  cellIds: Int32Array;
  /** Participants of cell c: cellMembers[memberStart[c] .. memberStart[c + 1]). */
  memberStart: Int32Array;
  cellMembers: Int32Array;
  cellCount: number;
}

export function indexGroupsProblem(problem: GroupsProblem): GroupIndex {
  const { participants } = problem;
  const position = new Map(participants.map((participant, index) => [participant.id, index]));
  const departments = new Map<string, number>();
  const languageIds = new Map<string, number>();
  const slotIds = new Map<string, number>();
  const idOf = (table: Map<string, number>, name: string): number => {
    let id = table.get(name);
    if (id === undefined) table.set(name, (id = table.size));
    return id;
  };
  const department = Int32Array.from(participants, (participant) => idOf(departments, participant.department));
  const manager = Int32Array.from(participants, (participant) =>
    participant.manager === null ? -1 : (position.get(participant.manager) ?? -1),
  );
  const languagesOf = participants.map((participant) => [...new Set(participant.languages.map((name) => idOf(languageIds, name)))]);
  const slotsOf = participants.map((participant) => [...new Set(participant.slots.map((name) => idOf(slotIds, name)))]);
  const slotCount = slotIds.size;
  const cellCount = languageIds.size * slotCount;

  const cellStart = new Int32Array(participants.length + 1);
  const cellLists: number[] = [];
  const memberCount = new Int32Array(cellCount + 1);
  participants.forEach((_, index) => {
    for (const language of languagesOf[index]) {
      for (const slot of slotsOf[index]) {
        const cell = language * slotCount + slot;
        cellLists.push(cell);
        memberCount[cell + 1]++;
      }
    }
    cellStart[index + 1] = cellLists.length;
  });
  const memberStart = new Int32Array(cellCount + 1);
  for (let cell = 0; cell < cellCount; cell++) memberStart[cell + 1] = memberStart[cell] + memberCount[cell + 1];
  const fill = memberStart.slice(0, cellCount);
  const cellMembers = new Int32Array(cellLists.length);
  for (let participant = 0; participant < participants.length; participant++) {
    for (let k = cellStart[participant]; k < cellStart[participant + 1]; k++) cellMembers[fill[cellLists[k]]++] = participant;
  }
  return {
    count: participants.length,
    minSize: problem.minSize,
    maxSize: problem.maxSize,
    department,
    manager,
    languageNames: [...languageIds.keys()],
    slotNames: [...slotIds.keys()],
    cellStart,
    cellIds: Int32Array.from(cellLists),
    memberStart,
    cellMembers,
    cellCount,
  };
}

export function cellLanguage(index: GroupIndex, cell: number): string {
  return index.languageNames[Math.floor(cell / index.slotNames.length)];
}

export function cellSlot(index: GroupIndex, cell: number): string {
  return index.slotNames[cell % index.slotNames.length];
}

export function hasCell(index: GroupIndex, participant: number, cell: number): boolean {
  for (let k = index.cellStart[participant]; k < index.cellStart[participant + 1]; k++) {
    if (index.cellIds[k] === cell) return true;
  }
  return false;
}

/** True when one of the two is the other's direct manager. */
export function inReportingLine(index: GroupIndex, a: number, b: number): boolean {
  return index.manager[a] === b || index.manager[b] === a;
}

/** Whether `size` people can be split into groups of minSize..maxSize. */
export function isSplittable(size: number, minSize: number, maxSize: number): boolean {
  const groups = Math.floor(size / minSize);
  return groups > 0 && groups * maxSize >= size;
}
