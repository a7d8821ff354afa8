// No "server-only" marker: the overdue sweep of the job worker reads the steps' guides too.
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { conversationGuides, type LocalizedText } from "@/db/schema";
import { builtInGuide, builtInGuides } from "@/lib/conversations/core/built-in-guides";
import { isUuid } from "@/lib/validation/uuid";

// The conversation guides a track's step can name: the built-in ones and the organisation's own
// (lib/conversations). Read here by key and name only, for any member of the organisation, since a
// participant's track shows which guide a step uses; a guide's content stays with lib/conversations.

const CUSTOM = "custom:";

export type GuideChoice = { key: string; name: LocalizedText; own: boolean };

function ownGuideId(key: string): string | null {
  const id = key.startsWith(CUSTOM) ? key.slice(CUSTOM.length) : "";
  return isUuid(id) ? id : null;
}

/** Every guide an admin can pick for a step: the built-in ones first, then the organisation's own. */
export async function readGuideChoices(tx: Tx, organizationId: string): Promise<GuideChoice[]> {
  const own = await tx
    .select({ id: conversationGuides.id, guide: conversationGuides.guide })
    .from(conversationGuides)
    .where(eq(conversationGuides.organizationId, organizationId))
    .orderBy(conversationGuides.createdAt, conversationGuides.id);
  return [
    ...builtInGuides.map((g) => ({ key: g.key, name: g.name, own: false })),
    ...own.map((row) => ({ key: `${CUSTOM}${row.id}`, name: row.guide.name, own: true })),
  ];
}

/** The names of these guides; a key that names no guide (an own guide since deleted) is left out. */
export async function readGuideNames(tx: Tx, organizationId: string, keys: readonly string[]): Promise<Map<string, LocalizedText>> {
  const out = new Map<string, LocalizedText>();
  const ownIds: string[] = [];
  for (const key of new Set(keys)) {
    const builtIn = builtInGuide(key);
    if (builtIn) out.set(key, builtIn.name);
    const id = ownGuideId(key);
    if (id) ownIds.push(id);
  }
  if (ownIds.length > 0) {
    const rows = await tx
      .select({ id: conversationGuides.id, guide: conversationGuides.guide })
      .from(conversationGuides)
      .where(and(eq(conversationGuides.organizationId, organizationId), inArray(conversationGuides.id, ownIds)));
    for (const row of rows) out.set(`${CUSTOM}${row.id}`, row.guide.name);
  }
  return out;
}

/** Whether a step may name this guide: a built-in one, or one of this organisation's own. */
export async function guideExists(tx: Tx, organizationId: string, key: string): Promise<boolean> {
  return (await readGuideNames(tx, organizationId, [key])).has(key);
}
