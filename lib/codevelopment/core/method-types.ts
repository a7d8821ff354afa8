export type Localized = { nl: string; en: string };

/** One step of an intervision method: what the group does, for how long, and whether the presenter sits apart. */
export type MethodStep = {
  key: string;
  title: Localized;
  instruction: Localized;
  minutes: number;
  /** The gossip method's round: the presenter turns their back and only listens. */
  presenterTurnedAway?: boolean;
  /** The opening of co-development: the previous presenter reports on their actions. */
  showsPreviousActions?: boolean;
};

export type Method = { key: string; name: Localized; summary: Localized; steps: MethodStep[] };

export function totalMinutes(method: Pick<Method, "steps">): number {
  return method.steps.reduce((sum, step) => sum + step.minutes, 0);
}
