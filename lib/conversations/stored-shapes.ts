import type { StoredGuide } from "@/db/schema/json-shapes";
import type { Guide } from "./core/guide-types";

// Compile-time only: the jsonb column's stored shape (db/schema/json-shapes.ts) and the pure core's type
// are declared apart, because db/ sits below lib/; if either drifts, the type check fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const guideShapeMatches: Same<Guide, StoredGuide> = true;
