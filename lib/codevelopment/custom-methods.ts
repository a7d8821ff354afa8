import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { auditEvents, codevMethods, programmes, type LocalizedText } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { OwnMethodInput } from "./programme-schemas";
import type { Method, MethodStep } from "@/lib/codevelopment/core/method-types";
import { builtInMethod, builtInMethods } from "@/lib/codevelopment/core/methods";
import { methodSchema } from "@/lib/codevelopment/core/settings";

// The method library: the built-in methods (read-only, in code) and an organisation's own (codev_methods).
// Every function is scoped to the caller's organisation and checks "programmes.manage" in the same
// transaction. A programme copies the method it chooses (settings.method), so editing or deleting an own
// method never changes a programme; deleting is still refused while a programme that is not archived uses
// it, so that the admin sees in the library where each programme's method came from.

export const CUSTOM_PREFIX = "custom:";

export type OwnMethod = { id: string; method: Method; usedBy: LocalizedText[] };
export type MethodLibrary = { builtIn: readonly Method[]; own: OwnMethod[] };
export type MethodChoice = { key: string; name: LocalizedText; builtIn: boolean };

const customId = (key: string) => (key.startsWith(CUSTOM_PREFIX) ? key.slice(CUSTOM_PREFIX.length) : null);
const usesMethod = (key: string) => sql`${programmes.settings} -> 'method' ->> 'key' = ${key}`;

/** The programmes (not archived) whose copy came from this own method. */
async function programmesUsing(tx: Tx, organizationId: string, key: string): Promise<LocalizedText[]> {
  const rows = await tx
    .select({ name: programmes.name })
    .from(programmes)
    .where(and(eq(programmes.organizationId, organizationId), eq(programmes.kind, "codevelopment"), ne(programmes.status, "closed"), usesMethod(key)))
    .orderBy(asc(programmes.createdAt));
  return rows.map((r) => r.name);
}

export async function listMethodLibrary(scope: MemberScope): Promise<MethodLibrary> {
  return withActor(scope, "programmes.manage", async (tx) => {
    const rows = await tx
      .select({ id: codevMethods.id, method: codevMethods.method })
      .from(codevMethods)
      .where(eq(codevMethods.organizationId, scope.organizationId))
      .orderBy(asc(codevMethods.createdAt), asc(codevMethods.id));
    const own: OwnMethod[] = [];
    for (const row of rows) own.push({ id: row.id, method: row.method, usedBy: await programmesUsing(tx, scope.organizationId, row.method.key) });
    return { builtIn: builtInMethods, own };
  });
}

/** What a programme can choose: the built-in methods first, then the organisation's own. */
export async function listMethodChoices(scope: MemberScope): Promise<MethodChoice[]> {
  return withActor(scope, "programmes.manage", async (tx) => {
    const rows = await tx
      .select({ method: codevMethods.method })
      .from(codevMethods)
      .where(eq(codevMethods.organizationId, scope.organizationId))
      .orderBy(asc(codevMethods.createdAt), asc(codevMethods.id));
    return [
      ...builtInMethods.map((m) => ({ key: m.key, name: m.name, builtIn: true })),
      ...rows.map((r) => ({ key: r.method.key, name: r.method.name, builtIn: false })),
    ];
  });
}

export async function getOwnMethod(scope: MemberScope, id: string): Promise<OwnMethod | null> {
  return withActor(scope, "programmes.manage", async (tx) => {
    const [row] = await tx
      .select({ id: codevMethods.id, method: codevMethods.method })
      .from(codevMethods)
      .where(and(eq(codevMethods.id, id), eq(codevMethods.organizationId, scope.organizationId)));
    if (!row) return null;
    return { id: row.id, method: row.method, usedBy: await programmesUsing(tx, scope.organizationId, row.method.key) };
  });
}

/**
 * A copy of a library method for a programme, inside the caller's transaction. An own method is locked
 * (shared) until the programme is saved, so that a delete running at the same time waits and then sees the
 * programme that uses it. The key arrives parsed (methodKeySchema, lib/codevelopment/programme-schemas.ts).
 */
export async function copyLibraryMethod(tx: Tx, organizationId: string, key: string): Promise<Method> {
  const id = customId(key);
  if (id === null) {
    const method = builtInMethod(key);
    if (!method) throw new AppError("invalid", { message: "unknownMethod" });
    return structuredClone(method);
  }
  const [row] = await tx
    .select({ method: codevMethods.method })
    .from(codevMethods)
    .where(and(eq(codevMethods.id, id), eq(codevMethods.organizationId, organizationId)))
    .for("share");
  // A copy that the settings reader would not accept would silently become the default method.
  const parsed = row ? methodSchema.safeParse(row.method) : null;
  if (!parsed?.success) throw new AppError("invalid", { message: "unknownMethod" });
  return parsed.data;
}

/** Keeps a step's key when it is well formed and unique, so that notes written under it stay attached. */
function methodFromInput(key: string, input: OwnMethodInput): Method {
  const seen = new Set<string>();
  const steps: MethodStep[] = input.steps.map((step) => {
    let stepKey = step.key && /^[a-z0-9-]{1,60}$/.test(step.key) && !seen.has(step.key) ? step.key : `step-${randomBytes(4).toString("hex")}`;
    while (seen.has(stepKey)) stepKey = `step-${randomBytes(4).toString("hex")}`;
    seen.add(stepKey);
    return { key: stepKey, title: step.title, instruction: step.instruction, minutes: step.minutes };
  });
  return { key, name: input.name, summary: input.summary, steps };
}

async function audit(tx: Tx, scope: MemberScope, action: string, id: string): Promise<void> {
  // No names or texts: the audit log says who did what (SECURITY.md rule 17).
  await tx.insert(auditEvents).values({ organizationId: scope.organizationId, actorMembershipId: scope.actorMembershipId, action, targetType: "codev_method", targetId: id, data: {} });
}

export async function createOwnMethod(scope: MemberScope, input: OwnMethodInput): Promise<string> {
  return withActor(scope, "programmes.manage", async (tx) => {
    const id = randomUUID();
    await tx.insert(codevMethods).values({
      id,
      organizationId: scope.organizationId,
      method: methodFromInput(`${CUSTOM_PREFIX}${id}`, input),
      createdByMembershipId: scope.actorMembershipId,
    });
    await audit(tx, scope, "codevMethod.created", id);
    return id;
  });
}

/** Changes the library's method only: programmes keep the copy they made when they chose it. */
export async function updateOwnMethod(scope: MemberScope, id: string, input: OwnMethodInput): Promise<void> {
  await withActor(scope, "programmes.manage", async (tx) => {
    const updated = await tx
      .update(codevMethods)
      .set({ method: methodFromInput(`${CUSTOM_PREFIX}${id}`, input) })
      .where(and(eq(codevMethods.id, id), eq(codevMethods.organizationId, scope.organizationId)))
      .returning({ id: codevMethods.id });
    if (updated.length === 0) throw new AppError("not_found");
    await audit(tx, scope, "codevMethod.updated", id);
  });
}

/** Refused (conflict "methodInUse") while a programme that is not archived uses the method. */
export async function deleteOwnMethod(scope: MemberScope, id: string): Promise<void> {
  await withActor(scope, "programmes.manage", async (tx) => {
    const [row] = await tx
      .select({ id: codevMethods.id })
      .from(codevMethods)
      .where(and(eq(codevMethods.id, id), eq(codevMethods.organizationId, scope.organizationId)))
      .for("update");
    if (!row) throw new AppError("not_found");
    if ((await programmesUsing(tx, scope.organizationId, `${CUSTOM_PREFIX}${id}`)).length > 0) throw new AppError("conflict", { message: "methodInUse" });
    await tx.delete(codevMethods).where(and(eq(codevMethods.id, id), eq(codevMethods.organizationId, scope.organizationId)));
    await audit(tx, scope, "codevMethod.deleted", id);
  });
}
