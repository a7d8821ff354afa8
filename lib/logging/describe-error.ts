import { DrizzleQueryError } from "drizzle-orm";

// Logs carry ids, not people (SECURITY.md, "Learned from probing Kring itself"). An error is not safe to
// print as it is: drizzle's DrizzleQueryError has the query's parameters in its message ("params: Ada,…"),
// postgres.js's PostgresError has the failing row in `detail` ("Failing row contains (…)", "Key
// (email)=(…) already exists") and PostgreSQL quotes the refused value in the message itself ('invalid
// input syntax for type uuid: "…"'). This reduces an error, with its causes, to what a log line may hold.

/** Fields of a PostgresError that name database objects or codes, never row values. */
const POSTGRES_FIELDS = ["code", "schema_name", "table_name", "column_name", "constraint_name", "routine"] as const;
const MAX_CAUSES = 5;
const MAX_MESSAGE = 200;

/** A message without what it quotes: PostgreSQL and our own errors put the offending value in quotes. */
export function redactMessage(message: string): string {
  const redacted = message
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/'(?:[^'\\]|\\.)*'/g, "'…'")
    .replace(/\p{Cc}/gu, " ");
  return redacted.length > MAX_MESSAGE ? `${redacted.slice(0, MAX_MESSAGE)}…` : redacted;
}

function describeOne(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const record = error as unknown as Record<string, unknown>;
  const parts = [error.constructor?.name && error.constructor.name !== "Error" ? error.constructor.name : error.name];
  for (const field of POSTGRES_FIELDS) {
    const value = record[field];
    if (typeof value === "string" || typeof value === "number") parts.push(`${field}=${value}`);
  }
  // A failed query's message is the query and its parameters: only the cause below says what went wrong.
  if (!(error instanceof DrizzleQueryError) && !error.message.startsWith("Failed query:")) parts.push(`"${redactMessage(error.message)}"`);
  return parts.join(" ");
}

/** Where the error was thrown in our code: the first stack frame outside node_modules and Node itself. */
function originOf(error: unknown): string | null {
  if (!(error instanceof Error) || !error.stack) return null;
  const frame = error.stack
    .split("\n")
    .filter((line) => line.startsWith("    at "))
    .find((line) => !line.includes("node_modules") && !line.includes("node:internal"));
  const location = frame?.match(/\(?([^\s()]+:\d+:\d+)\)?$/)?.[1];
  return location ?? null;
}

/**
 * One line about an error and its causes: class names, PostgreSQL's SQLSTATE and object names, messages
 * with quoted values cut out, and where it was thrown. Never parameters, details, row values or bodies.
 */
export function describeError(error: unknown): string {
  const chain: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < MAX_CAUSES; depth++) {
    chain.push(describeOne(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  const origin = originOf(error);
  return origin ? `${chain.join(" <- ")} at ${origin}` : chain.join(" <- ");
}
