import { cellLanguage, cellSlot, indexGroupsProblem, inReportingLine } from "./group-index";
import type { GroupsProblem } from "./groups-types";

/**
 * Baseline for the benchmark only: biggest (language, slot) cell first, people in input order, cut into
 * groups of the maximum size, skipping anyone in a reporting line with someone already in the group.
 */
export function formGroupsGreedily(problem: GroupsProblem): { groups: Array<{ members: string[]; language: string; slot: string }>; placed: number } {
  const index = indexGroupsProblem(problem);
  const placed = new Uint8Array(index.count);
  const cells = Array.from({ length: index.cellCount }, (_, cell) => cell).sort(
    (a, b) => index.memberStart[b + 1] - index.memberStart[b] - (index.memberStart[a + 1] - index.memberStart[a]),
  );
  const groups: Array<{ members: string[]; language: string; slot: string }> = [];
  let placedCount = 0;
  for (const cell of cells) {
    let current: number[] = [];
    const flush = (): void => {
      if (current.length >= index.minSize) {
        for (const member of current) placed[member] = 1;
        placedCount += current.length;
        const names = current.map((member) => problem.participants[member].id);
        groups.push({ members: names, language: cellLanguage(index, cell), slot: cellSlot(index, cell) });
      }
      current = [];
    };
    for (let k = index.memberStart[cell]; k < index.memberStart[cell + 1]; k++) {
      const person = index.cellMembers[k];
      if (placed[person] || current.some((member) => inReportingLine(index, member, person))) continue;
      current.push(person);
      if (current.length === index.maxSize) flush();
    }
    flush();
  }
  return { groups, placed: placedCount };
}
