import type { StoredGuide } from "@/db/schema/json-shapes";
import { builtInGuide } from "./core/built-in-guides";

/**
 * The mentoring guides the demo's history holds its pairs' conversations with (db/seed-history.ts takes
 * them from its caller: db/ does not import lib/). Every script that seeds the demo passes them.
 */
export function demoPairGuides(): { first: StoredGuide; checkIn: StoredGuide } {
  return { first: builtInGuide("mentoringFirst")!, checkIn: builtInGuide("mentoringCheckIn")! };
}
