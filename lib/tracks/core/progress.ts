import { addDays, type PlainDate } from "@/lib/scheduling/time/local-date";
import { fromZoned } from "@/lib/scheduling/time/zoned-time";

// A participant's progress along a learning track (issue 12), as pure logic: the page, the dashboard, the
// overdue sweep and the insights counts all compute it here from the same facts, so that "done" means one
// thing everywhere. The caller reads the facts; nothing here touches the database or the clock.

export const trackStepKinds = ["conversation", "session", "reflection", "reading"] as const;
export type TrackStepKind = (typeof trackStepKinds)[number];
export type TrackProgrammeKind = "mentoring" | "codevelopment";

/** The longest a track runs: due weeks go from 1 to this. */
export const MAX_DUE_WEEK = 52;

export type TrackStepInput = { id: string; kind: TrackStepKind; dueWeek: number | null; guideKey: string | null };

/** What is known about one person on one track. */
export type PersonFacts = {
  /** Steps they marked done or wrote a reflection for, with when. */
  completions: ReadonlyMap<string, Date>;
  /** When each co-development session of the programme began that they were recorded present at, since the track began. */
  attendedSessions: readonly Date[];
  /** Guide key → when they closed a conversation run with that guide since the track began (lib/tracks/facts.ts). */
  closedConversations: ReadonlyMap<string, Date>;
};

/**
 * How a step gets done. "mark": the participant says so (a reading, a conversation for now, a mentoring
 * meeting); "reflection": by writing it; "automatic": by a recorded attendance (a co-development session:
 * the facilitator records who came, so the participant does not tick it off themselves).
 */
export type StepCompletion = "mark" | "reflection" | "automatic";

export function stepCompletion(kind: TrackStepKind, programmeKind: TrackProgrammeKind): StepCompletion {
  if (kind === "reflection") return "reflection";
  // A pair's meetings are presumed held until someone records otherwise (lib/mentoring/pair/meetings.ts),
  // and pairs also meet outside planned meetings: only the participant knows whether it happened.
  if (kind === "session") return programmeKind === "codevelopment" ? "automatic" : "mark";
  return "mark";
}

export type StepStatus = "done" | "overdue" | "due" | "open";

export type StepProgress = {
  id: string;
  status: StepStatus;
  doneAt: Date | null;
  /** The last day of the due week (shown as "by 24 March"); null without a due week. */
  dueOn: PlainDate | null;
  /** The instant from which the step is overdue: the start of the day after `dueOn`. */
  dueAt: Date | null;
  completion: StepCompletion;
  /** The person ticked it off themselves (a conversation step may be done by a held conversation without it). */
  marked: boolean;
};

export type TrackProgress = {
  steps: StepProgress[];
  done: number;
  total: number;
  /** The first step in the track's order that is not done; null when all are. */
  nextStepId: string | null;
  complete: boolean;
  /** Whether week 1 has begun. */
  started: boolean;
};

/** The instant week 1 begins: midnight of the start date on the organisation's clock. */
export function trackStartInstant(startsOn: PlainDate, timeZone: string): Date {
  return fromZoned(startsOn, "00:00", timeZone);
}

/** When a step with this due week falls due: its last day, and the instant after which it is overdue. */
export function dueOf(startsOn: PlainDate, dueWeek: number | null, timeZone: string): { dueOn: PlainDate; dueAt: Date } | null {
  if (dueWeek === null) return null;
  return { dueOn: addDays(startsOn, 7 * dueWeek - 1), dueAt: fromZoned(addDays(startsOn, 7 * dueWeek), "00:00", timeZone) };
}

/**
 * The single rule for a conversation step, where the conversation runner (a parallel increment of issue 12)
 * plugs in: done when the participant marked it, or when they closed a conversation run with the step's
 * guide since the track began (`closedConversations`, read by lib/tracks/facts.ts, empty until then).
 */
export function isConversationStepDone(step: Pick<TrackStepInput, "id" | "guideKey">, facts: PersonFacts): Date | null {
  const closed = step.guideKey ? facts.closedConversations.get(step.guideKey) : undefined;
  const marked = facts.completions.get(step.id);
  if (closed && marked) return closed < marked ? closed : marked;
  return closed ?? marked ?? null;
}

/** The moment each step was done, or null; session steps by their order among the track's session steps. */
function doneAtOf(steps: readonly TrackStepInput[], programmeKind: TrackProgrammeKind, facts: PersonFacts): (Date | null)[] {
  const attended = [...facts.attendedSessions].sort((a, b) => a.getTime() - b.getTime());
  let sessionOrdinal = 0;
  return steps.map((step) => {
    switch (step.kind) {
      case "conversation":
        return isConversationStepDone(step, facts);
      case "session":
        // The second "attend a session" step is done by the second session attended, and so on.
        if (stepCompletion("session", programmeKind) === "automatic") return attended[sessionOrdinal++] ?? null;
        return facts.completions.get(step.id) ?? null;
      default:
        return facts.completions.get(step.id) ?? null;
    }
  });
}

export type ProgressInput = {
  steps: readonly TrackStepInput[];
  startsOn: PlainDate;
  timeZone: string;
  programmeKind: TrackProgrammeKind;
  facts: PersonFacts;
  now: Date;
};

/** Every step's status for one person, how many are done, and which comes next. */
export function computeTrackProgress({ steps, startsOn, timeZone, programmeKind, facts, now }: ProgressInput): TrackProgress {
  const doneAt = doneAtOf(steps, programmeKind, facts);
  const out: StepProgress[] = steps.map((step, i) => {
    const due = dueOf(startsOn, step.dueWeek, timeZone);
    const done = doneAt[i];
    const status: StepStatus = done ? "done" : due && now.getTime() >= due.dueAt.getTime() ? "overdue" : due ? "due" : "open";
    return { id: step.id, status, doneAt: done, dueOn: due?.dueOn ?? null, dueAt: due?.dueAt ?? null, completion: stepCompletion(step.kind, programmeKind), marked: facts.completions.has(step.id) };
  });
  const done = out.filter((s) => s.status === "done").length;
  return {
    steps: out,
    done,
    total: out.length,
    nextStepId: out.find((s) => s.status !== "done")?.id ?? null,
    complete: out.length > 0 && done === out.length,
    started: now.getTime() >= trackStartInstant(startsOn, timeZone).getTime(),
  };
}

/** Per step, how many of these people have done it (the insights' "completion per step"): counts only. */
export function countDonePerStep(steps: readonly Pick<TrackStepInput, "id">[], progresses: readonly TrackProgress[]): Map<string, number> {
  const counts = new Map(steps.map((s) => [s.id, 0]));
  for (const progress of progresses) {
    for (const step of progress.steps) if (step.status === "done" && counts.has(step.id)) counts.set(step.id, counts.get(step.id)! + 1);
  }
  return counts;
}
