import "server-only";
import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { isAppError } from "@/lib/errors";
import { formDataToObject } from "@/lib/forms/form-data";
import { logFailure } from "@/lib/logging/log-failure";
import { controlCharacterFieldErrors } from "@/lib/validation/text";
import type { Permission } from "./permissions";
import { getSessionContext, requireMember, type MemberContext, type SessionContext } from "./session";

export type FieldErrors = Record<string, string>;
/** What a form action answers: the form shows the message or the field errors (message keys). */
export type ActionResult<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; error: string; fieldErrors?: FieldErrors };
/** What a query action answers (a picker's search, the slot proposal): the data, or why not (a message key). */
export type QueryResult<T> = { ok: true; data: T } | { ok: false; error: string };

type Refusal = { ok: false; error: string; fieldErrors?: FieldErrors };

/** Zod issues as one message key per field (the first issue wins); the form translates them. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    if (!out[field]) out[field] = issue.message.startsWith("errors.") ? issue.message.slice(7) : "invalid";
  }
  return out;
}

/** The id Next gives the action (its "Next-Action" header), so that a log line says which one failed. */
async function actionIdOf(): Promise<string | null> {
  try {
    return (await headers()).get("next-action");
  } catch {
    return null;
  }
}

// The boundary kit. Every server action is a public POST endpoint (SECURITY.md rule 1), whatever page shows
// it: each export of a "use server" file is made by one of the wrappers below, so that all of them take the
// same steps. (1) Who: the member and their role, re-read from the database (requireMember), or a signed-in
// person, or anyone, as the wrapper's name says. (2) The net: a control character in any value (a NUL byte)
// is refused, even in a field whose schema forgot lib/validation/text.ts, so that no action sends one to
// PostgreSQL. (3) The schema: the input is parsed once, here, with the domain's schema
// (lib/<domain>/schemas.ts); the domain function gets it typed and does not parse it again. (4) The domain
// function; an AppError comes back as its message key, anything else is logged with ids only and answers
// "unexpected", never database details. redirect(), notFound() and forbidden() pass through.

async function authorize(permission: Permission): Promise<{ ok: true; ctx: MemberContext } | Refusal> {
  try {
    return { ok: true, ctx: await requireMember(permission) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.messageKey };
    throw error;
  }
}

/** Steps (2) and (3). A value that is not a set of fields (a picker's search text) is checked as one field. */
function parseInput<S extends z.ZodType>(schema: S, input: unknown): { ok: true; data: z.infer<S> } | Refusal {
  const fields = typeof input === "object" && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : { _form: input };
  const refused = controlCharacterFieldErrors(fields);
  if (refused) return { ok: false, error: "invalid", fieldErrors: refused };
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
}

/** Step (4)'s failures. Ids only in the log line: the error's query parameters are the person's input. */
async function failureOf(error: unknown, ids: Record<string, string | undefined>): Promise<Refusal> {
  unstable_rethrow(error);
  if (isAppError(error)) return { ok: false, error: error.messageKey };
  logFailure("action failed", error, { action: await actionIdOf(), ...ids });
  return { ok: false, error: "unexpected" };
}

/** useActionState's action: the previous answer is not read, so a form may keep any state it likes. */
type FormAction<T> = (previous: unknown, formData: FormData) => Promise<ActionResult<T>>;

/** A form action of a member allowed `permission` (useActionState: it answers the form). */
export function authorizedAction<S extends z.ZodType, T = undefined>(
  schema: S,
  permission: Permission,
  fn: (input: z.infer<S>, ctx: MemberContext) => Promise<ActionResult<T> | void>,
): FormAction<T> {
  return async (_previous, formData) => {
    const who = await authorize(permission);
    if (!who.ok) return who;
    const input = parseInput(schema, formDataToObject(formData));
    if (!input.ok) return input;
    try {
      return (await fn(input.data, who.ctx)) ?? { ok: true };
    } catch (error) {
      return failureOf(error, { membership: who.ctx.current.membershipId });
    }
  };
}

/**
 * A query action of a member allowed `permission`: called with a value instead of a form (the slot
 * proposal), it answers data. A refusal carries no field errors: the caller sent the value, not a person.
 */
export function authorizedQuery<S extends z.ZodType, T>(
  schema: S,
  permission: Permission,
  fn: (input: z.infer<S>, ctx: MemberContext) => Promise<T>,
): (input: unknown) => Promise<QueryResult<T>> {
  return async (raw) => {
    const who = await authorize(permission);
    if (!who.ok) return { ok: false, error: who.error };
    const input = parseInput(schema, raw);
    if (!input.ok) return { ok: false, error: input.error };
    try {
      return { ok: true, data: await fn(input.data, who.ctx) };
    } catch (error) {
      return { ok: false, error: (await failureOf(error, { membership: who.ctx.current.membershipId })).error };
    }
  };
}

/** A picker's search: an authorizedQuery whose every refusal (signed out, wrong role, bad text) is no suggestions. */
export function authorizedSearch<S extends z.ZodType, T>(
  schema: S,
  permission: Permission,
  fn: (input: z.infer<S>, ctx: MemberContext) => Promise<T[]>,
): (query: unknown) => Promise<T[]> {
  const query = authorizedQuery(schema, permission, fn);
  return async (raw) => {
    const result = await query(raw);
    return result.ok ? result.data : [];
  };
}

/**
 * A form action of a signed-in person, in an organisation or not (their own account: erasing it, choosing
 * the organisation to work in). A signed-out request goes to the sign-in page, as the page would.
 */
export function signedInAction<S extends z.ZodType, T = undefined>(
  schema: S,
  fn: (input: z.infer<S>, session: SessionContext) => Promise<ActionResult<T> | void>,
): FormAction<T> {
  return async (_previous, formData) => {
    const session = await getSessionContext();
    if (!session) redirect("/sign-in");
    const input = parseInput(schema, formDataToObject(formData));
    if (!input.ok) return input;
    try {
      return (await fn(input.data, session)) ?? { ok: true };
    } catch (error) {
      return failureOf(error, { user: session.userId });
    }
  };
}

/** A form action open to everyone (asking for a sign-in link, the language, signing out): steps (2) to (4). */
export function publicAction<S extends z.ZodType, T = undefined>(schema: S, fn: (input: z.infer<S>) => Promise<ActionResult<T> | void>): FormAction<T> {
  return async (_previous, formData) => {
    const input = parseInput(schema, formDataToObject(formData));
    if (!input.ok) return input;
    try {
      return (await fn(input.data)) ?? { ok: true };
    } catch (error) {
      return failureOf(error, {});
    }
  };
}

/** The same action for a plain <form action={…}> without useActionState: it redirects or re-renders, its answer unread. */
export function asFormAction<T>(action: FormAction<T>): (formData: FormData) => Promise<void> {
  return async (formData) => {
    await action(null, formData);
  };
}
