import type { LocalizedText } from "@/db/schema";
import type { InsightsFilters } from "./filters";

export const funnelSteps = ["invited", "signedUp", "matched", "accepted", "firstSession", "active"] as const;
export type FunnelStep = (typeof funnelSteps)[number];

export const ladderLevels = ["signedUp", "takesPart", "contributes", "leads"] as const;
export type LadderLevel = (typeof ladderLevels)[number];

export const declineReasonKeys = ["noTime", "notAGoodFit", "conflictOfInterest", "other"] as const;

export const nudgeKinds = ["pairWithoutSession", "caseNotReady", "requestExpiring", "lowAttendance"] as const;
export type NudgeKind = (typeof nudgeKinds)[number];

/** A figure as it may be shown: null when it is about 1 to 4 people (lib/insights/privacy.ts) or unknown. */
export type Figure = { value: number | null; hidden: boolean };

export type InsightsFigures = {
  funnel: { step: FunnelStep; value: number | null; hidden: boolean }[];
  /** Sessions of pairs and groups per month ("YYYY-MM"), planned (not cancelled) and held. */
  months: { month: string; planned: number | null; held: number | null; hidden: boolean }[];
  /** Share (0–1) of the participants of held sessions who attended. */
  attendanceRate: Figure;
  casesPresented: Figure;
  actions: { completed: Figure; total: Figure };
  /** Mean of the 1–5 scores; never a single answer and never a comment. */
  feedback: { mean: Figure; responses: Figure };
  /** Share (0–1) of answered match requests that mentors accepted; declined and unanswered count against it. */
  acceptance: { rate: Figure; answered: Figure };
  declineReasons: { reason: string; value: number | null; hidden: boolean; merged: string[] }[];
  medianDaysToFirstSession: Figure;
  /**
   * Per department ("" is no department): people at each highest level. The row whose `merged` lists
   * departments is "other departments", the small ones added up; `levels` is null when even that is too small.
   */
  ladder: { department: string; levels: Record<LadderLevel, number | null> | null; hidden: boolean; merged: string[] }[];
};

export type Nudge = {
  kind: NudgeKind;
  programmeId: string;
  programmeName: LocalizedText;
  /** People named in the item (the pair, or the facilitator): names only, never anything they wrote. */
  names: string[];
  groupNumber: number | null;
  /** The last session (pairs), the next session (groups) or the deadline (requests). */
  at: Date | null;
  /** The group's attendance rate (0–1) over the last 90 days. */
  rate: number | null;
};

export type NudgeList = { kind: NudgeKind; total: number; items: Nudge[] }[];

export type InsightsOptions = {
  timeZone: string;
  programmes: { id: string; name: LocalizedText; kind: "mentoring" | "codevelopment"; status: string }[];
  /** Departments with at least MIN_PEOPLE members: a smaller one cannot be chosen as a filter. */
  departments: string[];
};

/** Guided conversations and learning tracks (issue 12): counts only, under the five-people rule. */
export type GuidedUsage = {
  /** Conversations held (closed) per month of the period, of pairs and of managers with a team member. */
  months: { month: string; pair: number | null; team: number | null; hidden: boolean }[];
  /** Share (0–1) of the period's pairs that held at least one guided conversation in it. */
  pairShare: { rate: Figure; pairs: Figure };
  /** Each programme's learning track: per step, how many of its participants have done it. */
  tracks: {
    programmeId: string;
    programmeName: LocalizedText;
    participants: Figure;
    steps: { number: number; kind: "conversation" | "session" | "reflection" | "reading"; title: LocalizedText; done: number | null; hidden: boolean }[];
  }[];
};

export type InsightsData = {
  filters: InsightsFilters;
  /** True when the query asked for a department that cannot be shown (unknown, or under five people). */
  departmentRefused: boolean;
  options: InsightsOptions;
  figures: InsightsFigures;
  guided: GuidedUsage;
  nudges: NudgeList;
};
