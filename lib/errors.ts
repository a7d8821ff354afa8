export type AppErrorCode = "unauthenticated" | "forbidden" | "not_found" | "invalid" | "conflict" | "rate_limited";

const statusByCode: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid: 400,
  conflict: 409,
  rate_limited: 429,
};

/**
 * The one error type of the domain. `message` is a message key under the "errors" namespace, safe to show;
 * `cause` keeps the details for the log and never reaches a person.
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly messageKey: string;
  constructor(code: AppErrorCode, options: { message?: string; cause?: unknown } = {}) {
    super(options.message ?? code, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.messageKey = options.message ?? code;
  }
  get status(): number {
    return statusByCode[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
