import SCIMMY from "scimmy";

export const SCIM_ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

/** RFC 7644 §3.12's detail codes for a 400 (and "uniqueness" for a 409). */
export type ScimType =
  | "invalidFilter"
  | "tooMany"
  | "uniqueness"
  | "mutability"
  | "invalidSyntax"
  | "invalidPath"
  | "noTarget"
  | "invalidValue"
  | "invalidVers"
  | "sensitive";

/**
 * A refusal in SCIM's terms: the HTTP status, the scimType and a detail that the identity provider shows
 * in its provisioning log. The detail is protocol text in English and names attributes, never people.
 */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly scimType: ScimType | null,
    detail: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = "ScimError";
  }
}

export function isScimError(error: unknown): error is ScimError {
  return error instanceof ScimError;
}

export type ScimErrorBody = { schemas: [typeof SCIM_ERROR_SCHEMA]; status: string; scimType?: ScimType; detail: string };

export function scimErrorBody(error: ScimError): ScimErrorBody {
  return { schemas: [SCIM_ERROR_SCHEMA], status: String(error.status), ...(error.scimType ? { scimType: error.scimType } : {}), detail: error.message };
}

/**
 * Runs a call into scimmy and turns what it throws about the input into a ScimError: its own SCIMError
 * keeps status and scimType; the TypeError it throws for a value of the wrong type (a string where an
 * object belongs) is a 400 invalidValue. Only errors from inside the library are read this way, so that a
 * bug of ours is never answered as the client's fault.
 */
export function viaLibrary<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw libraryError(error);
  }
}

export async function viaLibraryAsync<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw libraryError(error);
  }
}

function libraryError(error: unknown): unknown {
  if (error instanceof SCIMMY.Types.Error) {
    const status = Number(error.status);
    return new ScimError(Number.isInteger(status) && status >= 400 && status < 500 ? status : 400, (error.scimType as ScimType | undefined) ?? null, error.message);
  }
  if (error instanceof TypeError) return new ScimError(400, "invalidValue", error.message);
  return error;
}
