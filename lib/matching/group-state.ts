import { hasCell, inReportingLine, type GroupIndex } from "./group-index";

export interface WorkingGroup {
  cell: number;
  members: number[];
}

/** Groups under construction: who is where, and each cell's groups for quick lookup. */
export class GroupState {
  readonly groupOf: Int32Array;
  readonly groups: WorkingGroup[] = [];
  readonly cellGroups: number[][];

  constructor(readonly index: GroupIndex) {
    this.groupOf = new Int32Array(index.count).fill(-1);
    this.cellGroups = Array.from({ length: index.cellCount }, () => []);
  }

  createGroup(cell: number, members: number[]): number {
    const group = this.groups.length;
    this.groups.push({ cell, members: [...members] });
    this.cellGroups[cell].push(group);
    for (const member of members) this.groupOf[member] = group;
    return group;
  }

  add(participant: number, group: number): void {
    this.groups[group].members.push(participant);
    this.groupOf[participant] = group;
  }

  remove(participant: number): void {
    const group = this.groupOf[participant];
    const members = this.groups[group].members;
    members.splice(members.indexOf(participant), 1);
    this.groupOf[participant] = -1;
  }

  /** Empties a group; its members become unassigned. */
  dissolve(group: number): number[] {
    const members = this.groups[group].members;
    this.groups[group].members = [];
    for (const member of members) this.groupOf[member] = -1;
    return members;
  }

  /** Whether the participant has the group's language and slot. */
  fits(participant: number, group: number): boolean {
    return hasCell(this.index, participant, this.groups[group].cell);
  }

  /** Whether the participant is in the reporting line of any member (other than `except`). */
  conflicts(participant: number, group: number, except = -1): boolean {
    for (const member of this.groups[group].members) {
      if (member !== except && inReportingLine(this.index, participant, member)) return true;
    }
    return false;
  }

  /** Members of the group (other than `except`) from the given department. */
  sameDepartment(department: number, group: number, except = -1): number {
    let count = 0;
    for (const member of this.groups[group].members) {
      if (member !== except && this.index.department[member] === department) count++;
    }
    return count;
  }

  groupPairs(group: number): number {
    const members = this.groups[group].members;
    let pairs = 0;
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        if (this.index.department[members[a]] === this.index.department[members[b]]) pairs++;
      }
    }
    return pairs;
  }

  unassigned(): number[] {
    const result: number[] = [];
    for (let participant = 0; participant < this.index.count; participant++) {
      if (this.groupOf[participant] < 0) result.push(participant);
    }
    return result;
  }
}
