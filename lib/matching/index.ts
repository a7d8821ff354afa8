/** Public surface of the matching engine: pure functions, no I/O. */
export { buildPairCandidates, type BuildPairCandidatesOptions } from "./build-pair-candidates";
export { describeUnassignedReason } from "./describe-reason";
export { explainUnmatchedMentee } from "./explain-unmatched";
export { buildExclusionContext, findPairExclusion, type ExclusionContext } from "./pair-exclusions";
export type * from "./groups-types";
export type * from "./pairs-types";
export { parseProblem, type ParsedProblem } from "./parse-problem";
export type * from "./profile-types";
export { rematchMentee, type RematchMenteeOptions, type RematchResult } from "./rematch-mentee";
export { scorePair } from "./score-pair";
export { formGroups, solveGroups } from "./solve-groups";
export { describePairsSolution, indexPairsProblem, solveIndexedPairs, solvePairs } from "./solve-pairs";
