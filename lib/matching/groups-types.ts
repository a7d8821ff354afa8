/** The groups problem and solution exactly as in shared/matching-format.md. */
export interface GroupParticipant {
  id: string;
  department: string;
  /** Direct manager's id, or null; the manager need not be a participant. */
  manager: string | null;
  languages: string[];
  slots: string[];
}

export interface GroupsProblem {
  kind: "groups";
  minSize: number;
  maxSize: number;
  participants: GroupParticipant[];
}

export interface FormedGroup {
  members: string[];
  language: string;
  slot: string;
}

export interface GroupsSolution {
  groups: FormedGroup[];
  unassigned: Array<{ id: string; reason: string }>;
  placed: number;
  sameDepartmentPairs: number;
}

/** Why someone was not placed, as data for the app to word; `describeUnassignedReason` gives English. */
export type UnassignedReason =
  | { code: "noLanguageOrSlot" }
  | { code: "tooFewPeers"; bestPeerCount: number; suggestedSlots: string[] }
  | { code: "groupsFull"; slots: string[]; suggestedSlots: string[] }
  | { code: "reportingLineConflict"; slots: string[] };

export interface UnassignedParticipant {
  id: string;
  reason: UnassignedReason;
}

/** The engine's result: the solution plus reasons as data. */
export interface GroupsResult {
  groups: FormedGroup[];
  unassigned: UnassignedParticipant[];
  placed: number;
  sameDepartmentPairs: number;
}
