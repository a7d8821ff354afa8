import { describeError } from "@/lib/logging/describe-error";

/**
 * What a log line may say about an error, as fields: its class, the SQLSTATE code of the error or of its
 * first cause that has one, and describeError's one-line account (classes, codes, object names, messages
 * with quoted values cut out; lib/logging/describe-error.ts). Never the raw message: drizzle's
 * DrizzleQueryError puts the query's parameters there, and PostgreSQL quotes the refused value.
 */
export function errorSummary(error: unknown): { errorClass: string; code?: string; error: string } {
  let code: string | undefined;
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const candidate = (e as { code?: unknown }).code;
    if (typeof candidate === "string" && /^[0-9A-Z]{5}$/.test(candidate)) {
      code = candidate;
      break;
    }
  }
  const errorClass = error instanceof Error ? (error.constructor?.name && error.constructor.name !== "Error" ? error.constructor.name : error.name) : typeof error;
  return { errorClass, ...(code ? { code } : {}), error: describeError(error) };
}
