import type { GroupsProblem, GroupsSolution } from "./groups-types";

/**
 * Independent check of a groups solution against the problem, written without the solver's index:
 * returns every broken rule as a sentence (empty when the solution is valid and its counts are right).
 */
export function findGroupRuleViolations(problem: GroupsProblem, solution: Pick<GroupsSolution, "groups" | "unassigned" | "placed" | "sameDepartmentPairs">): string[] {
  const violations: string[] = [];
  const byId = new Map(problem.participants.map((participant) => [participant.id, participant]));
  const seen = new Map<string, number>();
  let pairs = 0;
  solution.groups.forEach((group, groupNumber) => {
    const label = `group ${groupNumber}`;
    if (group.members.length < problem.minSize || group.members.length > problem.maxSize) {
      violations.push(`${label} has ${group.members.length} members`);
    }
    for (const id of group.members) {
      const person = byId.get(id);
      if (!person) {
        violations.push(`${label} has unknown member ${id}`);
        continue;
      }
      seen.set(id, (seen.get(id) ?? 0) + 1);
      if (!person.languages.includes(group.language)) violations.push(`${id} does not speak ${group.language}`);
      if (!person.slots.includes(group.slot)) violations.push(`${id} is not free at ${group.slot}`);
      if (person.manager !== null && group.members.includes(person.manager)) violations.push(`${id} is with their manager`);
    }
    for (let a = 0; a < group.members.length; a++) {
      for (let b = a + 1; b < group.members.length; b++) {
        if (byId.get(group.members[a])?.department === byId.get(group.members[b])?.department) pairs++;
      }
    }
  });
  for (const { id } of solution.unassigned) seen.set(id, (seen.get(id) ?? 0) + 1);
  for (const participant of problem.participants) {
    const times = seen.get(participant.id) ?? 0;
    if (times !== 1) violations.push(`${participant.id} appears ${times} times`);
  }
  const placed = solution.groups.reduce((sum, group) => sum + group.members.length, 0);
  if (placed !== solution.placed) violations.push(`placed is ${solution.placed}, counted ${placed}`);
  if (pairs !== solution.sameDepartmentPairs) violations.push(`sameDepartmentPairs is ${solution.sameDepartmentPairs}, counted ${pairs}`);
  return violations;
}
