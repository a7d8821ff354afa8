import type { GroupParticipant } from "@/lib/matching";

// The hard rules of a group (shared/matching-format.md), checked for one change at a time: a hand move, a
// facilitator chosen for a group, and every group again just before publishing.

export type RuleGroup = { number: number; language: string; slot: string; members: readonly GroupParticipant[]; facilitator: FacilitatorPerson | null };
export type FacilitatorPerson = { id: string; manager: string | null };
export type SizeRange = { minSize: number; maxSize: number };

export type RuleBreak = "language" | "slot" | "reportingLine" | "facilitatorLine" | "isFacilitator" | "groupFull" | "groupTooSmall";

/** Whether the two are manager and direct report (either way round). */
export function inReportingLine(a: { id: string; manager: string | null }, b: { id: string; manager: string | null }): boolean {
  return a.manager === b.id || b.manager === a.id;
}

/** The first rule `person` would break by joining `group` (which does not hold them yet), or null. */
export function checkJoin(person: GroupParticipant, group: RuleGroup, range: SizeRange): RuleBreak | null {
  if (!person.languages.includes(group.language)) return "language";
  if (!person.slots.includes(group.slot)) return "slot";
  if (group.members.some((member) => member.id !== person.id && inReportingLine(person, member))) return "reportingLine";
  if (group.facilitator?.id === person.id) return "isFacilitator";
  if (group.facilitator && inReportingLine(person, group.facilitator)) return "facilitatorLine";
  if (group.members.length + 1 > range.maxSize) return "groupFull";
  return null;
}

/** The first rule a move from `from` (null: unassigned) to `to` (null: out to unassigned) breaks, or null. */
export function checkMove(person: GroupParticipant, from: RuleGroup | null, to: RuleGroup | null, range: SizeRange): RuleBreak | null {
  if (to) {
    const refusal = checkJoin(person, to, range);
    if (refusal) return refusal;
  }
  if (from && from.members.length - 1 < range.minSize) return "groupTooSmall";
  return null;
}

/** A facilitator may lead a group only when nobody in it is their manager or direct report. */
export function checkFacilitator(facilitator: FacilitatorPerson, group: Pick<RuleGroup, "members">): "facilitatorLine" | "isMember" | null {
  if (group.members.some((member) => member.id === facilitator.id)) return "isMember";
  return group.members.some((member) => inReportingLine(member, facilitator)) ? "facilitatorLine" : null;
}

/** Every rule a whole group must keep; the first one broken, or null. Used again just before publishing. */
export function checkGroup(group: RuleGroup, range: SizeRange): RuleBreak | null {
  if (group.members.length > range.maxSize) return "groupFull";
  if (group.members.length < range.minSize) return "groupTooSmall";
  for (const member of group.members) {
    const refusal = checkJoin(member, { ...group, members: group.members.filter((other) => other.id !== member.id) }, { ...range, maxSize: Number.POSITIVE_INFINITY });
    if (refusal) return refusal;
  }
  return null;
}

/** Pairs of members from the same department, the figure the engine keeps low. */
export function sameDepartmentPairs(members: readonly GroupParticipant[]): number {
  const counts = new Map<string, number>();
  for (const member of members) counts.set(member.department, (counts.get(member.department) ?? 0) + 1);
  let pairs = 0;
  for (const count of counts.values()) pairs += (count * (count - 1)) / 2;
  return pairs;
}
