import { z } from "zod";

const uuid = z.uuid();

/**
 * An id as PostgreSQL's uuid type reads it, strictly (RFC 9562, as every id of ours is): checked before a
 * value from outside reaches a query, where anything else is "invalid input syntax for type uuid" (a 500).
 * A looser pattern such as /^[0-9a-f-]{36}$/ lets "----…" through.
 */
export function isUuid(value: unknown): boolean {
  return uuid.safeParse(value).success;
}
