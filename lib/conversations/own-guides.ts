import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { auditEvents, conversationGuides } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { builtInGuides } from "@/lib/conversations/core/built-in-guides";
import { pairPrompts, type Guide, type GuideStep } from "@/lib/conversations/core/guide-types";
import { guideSchema, type OwnGuideInput } from "./schemas";

// The conversation guide library (issue 12), built like the intervision method library
// (lib/codevelopment/custom-methods.ts): the built-in guides (read-only, in code) and an organisation's own
// (conversation_guides). Every function is scoped to the caller's organisation and checks
// "programmes.manage" in the same transaction. A conversation will copy the guide it runs, so editing or
// deleting a guide never changes a conversation already held.

export const CUSTOM_GUIDE_PREFIX = "custom:";

export type OwnGuide = { id: string; guide: Guide };
export type GuideLibrary = { builtIn: readonly Guide[]; own: OwnGuide[] };

/** A stored row read back through the schema: one of the wrong shape is left out rather than shown half. */
export function readGuide(raw: unknown): Guide | null {
  const parsed = guideSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export async function listGuideLibrary(scope: MemberScope): Promise<GuideLibrary> {
  return withActor(scope, "programmes.manage", async (tx) => {
    const rows = await tx
      .select({ id: conversationGuides.id, guide: conversationGuides.guide })
      .from(conversationGuides)
      .where(eq(conversationGuides.organizationId, scope.organizationId))
      .orderBy(asc(conversationGuides.createdAt), asc(conversationGuides.id));
    const own = rows.flatMap((row) => {
      const guide = readGuide(row.guide);
      return guide ? [{ id: row.id, guide }] : [];
    });
    return { builtIn: builtInGuides, own };
  });
}

export async function getOwnGuide(scope: MemberScope, id: string): Promise<OwnGuide | null> {
  return withActor(scope, "programmes.manage", async (tx) => {
    const [row] = await tx
      .select({ id: conversationGuides.id, guide: conversationGuides.guide })
      .from(conversationGuides)
      .where(and(eq(conversationGuides.id, id), eq(conversationGuides.organizationId, scope.organizationId)));
    const guide = row ? readGuide(row.guide) : null;
    return row && guide ? { id: row.id, guide } : null;
  });
}

/** Keeps a step's key when it is well formed and unique, so that what a conversation noted under it stays attached. */
function guideFromInput(key: string, input: OwnGuideInput): Guide {
  const seen = new Set<string>();
  const steps: GuideStep[] = input.steps.map((step) => {
    let stepKey = step.key && /^[a-z0-9-]{1,60}$/.test(step.key) && !seen.has(step.key) ? step.key : `step-${randomBytes(4).toString("hex")}`;
    while (seen.has(stepKey)) stepKey = `step-${randomBytes(4).toString("hex")}`;
    seen.add(stepKey);
    return { key: stepKey, title: step.title, prompts: pairPrompts(step.prompts.nl, step.prompts.en), minutes: step.minutes };
  });
  return {
    key,
    kind: input.kind,
    name: input.name,
    summary: input.summary,
    steps,
    preparation: input.preparation,
    closing: { title: input.closing.title, prompts: pairPrompts(input.closing.prompts.nl, input.closing.prompts.en), minutes: input.closing.minutes },
  };
}

async function audit(tx: Tx, scope: MemberScope, action: string, id: string): Promise<void> {
  // No names or texts: the audit log says who did what (SECURITY.md rule 17).
  await tx.insert(auditEvents).values({ organizationId: scope.organizationId, actorMembershipId: scope.actorMembershipId, action, targetType: "conversation_guide", targetId: id, data: {} });
}

export async function createOwnGuide(scope: MemberScope, input: OwnGuideInput): Promise<string> {
  return withActor(scope, "programmes.manage", async (tx) => {
    const id = randomUUID();
    await tx.insert(conversationGuides).values({
      id,
      organizationId: scope.organizationId,
      guide: guideFromInput(`${CUSTOM_GUIDE_PREFIX}${id}`, input),
      createdByMembershipId: scope.actorMembershipId,
    });
    await audit(tx, scope, "conversationGuide.created", id);
    return id;
  });
}

export async function updateOwnGuide(scope: MemberScope, id: string, input: OwnGuideInput): Promise<void> {
  await withActor(scope, "programmes.manage", async (tx) => {
    const updated = await tx
      .update(conversationGuides)
      .set({ guide: guideFromInput(`${CUSTOM_GUIDE_PREFIX}${id}`, input) })
      .where(and(eq(conversationGuides.id, id), eq(conversationGuides.organizationId, scope.organizationId)))
      .returning({ id: conversationGuides.id });
    if (updated.length === 0) throw new AppError("not_found");
    await audit(tx, scope, "conversationGuide.updated", id);
  });
}

export async function deleteOwnGuide(scope: MemberScope, id: string): Promise<void> {
  await withActor(scope, "programmes.manage", async (tx) => {
    const deleted = await tx
      .delete(conversationGuides)
      .where(and(eq(conversationGuides.id, id), eq(conversationGuides.organizationId, scope.organizationId)))
      .returning({ id: conversationGuides.id });
    if (deleted.length === 0) throw new AppError("not_found");
    await audit(tx, scope, "conversationGuide.deleted", id);
  });
}
