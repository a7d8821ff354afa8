import { describeError } from "./describe-error";

// Our own log lines go through logFailure, but Next.js prints an uncaught page or route error itself, with
// console.error: drizzle's DrizzleQueryError carries the query's parameters in its message and PostgreSQL's
// error the failing row in `detail`, so the person's input would reach the log. In production every error
// handed to console.error or console.warn is reduced to what describeError keeps (classes, SQLSTATE, object
// names, redacted messages, where it was thrown), and a "params:" line in a plain string is cut.

const installed = globalThis as unknown as { __kringConsoleRedaction?: boolean };

export function redactLogArgument(argument: unknown): unknown {
  if (argument instanceof Error) return describeError(argument);
  if (typeof argument === "string") return argument.replace(/^(\s*params:).*$/gm, "$1 [redacted]");
  return argument;
}

export function installConsoleRedaction(): void {
  if (installed.__kringConsoleRedaction) return;
  installed.__kringConsoleRedaction = true;
  for (const level of ["error", "warn"] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => original(...args.map(redactLogArgument));
  }
}
