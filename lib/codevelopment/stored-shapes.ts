import type { StoredMethod, StoredRunnerClock } from "@/db/schema/json-shapes";
import type { Method } from "./core/method-types";
import type { RunnerClock } from "@/lib/scheduling/time/runner-clock";

// Compile-time only: the jsonb columns' stored shapes (db/schema/json-shapes.ts) and the pure core's types
// are declared apart, because db/ sits below lib/; if either drifts, the type check fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const methodShapeMatches: Same<Method, StoredMethod> = true;
export const runnerClockShapeMatches: Same<RunnerClock, StoredRunnerClock> = true;
