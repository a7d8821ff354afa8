import { randomUUID } from "node:crypto";
import { describeError } from "./describe-error";

export type FailureIds = Record<string, string | null | undefined>;

/**
 * Logs an unexpected failure as one line: what failed, ids (an incident id is added, to find the line again)
 * and the error as describeError reduces it. The only way our code logs an error: a raw console.error(error)
 * would print a failed query's parameters and row values (names, bios, emails). Returns the incident id.
 */
export function logFailure(event: string, error: unknown, ids: FailureIds = {}): string {
  const incident = randomUUID();
  const idText = Object.entries({ incident, ...ids })
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${String(value).replace(/[^\w.:-]/g, "?").slice(0, 100)}`)
    .join(" ");
  console.error(`[kring] ${event} ${idText}: ${describeError(error)}`);
  return incident;
}
