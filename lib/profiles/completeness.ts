// Pure: how complete a profile is for matching. No I/O, so the dashboard card, the profile page and the
// tests all agree on one rule.

export const completenessFields = ["department", "manager", "seniority", "languages", "timeZone", "topics", "availability"] as const;
export type FieldKey = (typeof completenessFields)[number];

export type CompletenessInput = {
  department: string | null;
  managerMembershipId: string | null;
  seniority: number | null;
  languages: readonly string[];
  timeZone: string | null;
  topics: readonly string[];
  availability: readonly string[];
};

export type Completeness = { percent: number; missing: FieldKey[] };

/** Senior people (a director, the top of the tree) often have nobody above them in the organisation. */
export const SENIORITY_WITHOUT_MANAGER = 8;
export const MIN_TOPICS = 2;
export const MIN_AVAILABILITY_HOURS = 3;

const isComplete: Record<FieldKey, (p: CompletenessInput) => boolean> = {
  department: (p) => Boolean(p.department?.trim()),
  manager: (p) => Boolean(p.managerMembershipId) || (p.seniority ?? 0) >= SENIORITY_WITHOUT_MANAGER,
  seniority: (p) => p.seniority !== null && p.seniority >= 1 && p.seniority <= 10,
  languages: (p) => p.languages.length > 0,
  timeZone: (p) => Boolean(p.timeZone),
  topics: (p) => new Set(p.topics).size >= MIN_TOPICS,
  availability: (p) => new Set(p.availability).size >= MIN_AVAILABILITY_HOURS,
};

export function profileCompleteness(profile: CompletenessInput): Completeness {
  const missing = completenessFields.filter((field) => !isComplete[field](profile));
  const done = completenessFields.length - missing.length;
  return { percent: Math.round((done / completenessFields.length) * 100), missing };
}
