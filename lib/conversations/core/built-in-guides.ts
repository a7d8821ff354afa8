import type { Guide } from "./guide-types";
import { career } from "./guides/career";
import { mentoringCheckIn } from "./guides/mentoring-check-in";
import { mentoringFirst } from "./guides/mentoring-first";
import { oneOnOne } from "./guides/one-on-one";
import { stay } from "./guides/stay";

// The built-in conversation guides, one per kind, in code and read-only; admins add their own
// (lib/conversations/own-guides.ts, table conversation_guides). A conversation copies the guide it runs.

export const builtInGuides: readonly Guide[] = [mentoringFirst, mentoringCheckIn, oneOnOne, career, stay];

export function builtInGuide(key: string): Guide | undefined {
  return builtInGuides.find((g) => g.key === key);
}
