import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { isAppError } from "@/lib/errors";
import { formDataToObject } from "@/lib/forms/form-data";
import { logFailure } from "@/lib/logging/log-failure";
import { controlCharacterFieldErrors } from "@/lib/validation/text";
import type { Permission } from "./permissions";
import { requireMember, type MemberContext } from "./session";

export type FieldErrors = Record<string, string>;
export type ActionResult<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; error: string; fieldErrors?: FieldErrors };

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

/**
 * Every server action is a public POST endpoint (SECURITY.md rule 1): this wrapper does the same steps for
 * all of them — parse with zod, authorise against the database, then run the domain function. Errors come
 * back as message keys under "errors", never as database details.
 */
export function authorizedAction<S extends z.ZodType, T = undefined>(
  schema: S,
  permission: Permission,
  fn: (input: z.infer<S>, ctx: MemberContext) => Promise<ActionResult<T> | void>,
) {
  return async (_previous: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    let ctx: MemberContext;
    try {
      ctx = await requireMember(permission);
    } catch (error) {
      if (isAppError(error)) return { ok: false, error: error.messageKey };
      throw error;
    }
    const input = formDataToObject(formData);
    // The net under every schema: a control character (a NUL byte) is a field error, even in a field whose
    // schema forgot lib/validation/text.ts, so that no action sends one to PostgreSQL.
    const refused = controlCharacterFieldErrors(input);
    if (refused) return { ok: false, error: "invalid", fieldErrors: refused };
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      return (await fn(parsed.data, ctx)) ?? { ok: true };
    } catch (error) {
      unstable_rethrow(error);
      if (isAppError(error)) return { ok: false, error: error.messageKey };
      // Ids only: the error's query parameters are the person's input (lib/logging/log-failure.ts).
      logFailure("action failed", error, { action: await actionIdOf(), membership: ctx.current.membershipId });
      return { ok: false, error: "unexpected" };
    }
  };
}
