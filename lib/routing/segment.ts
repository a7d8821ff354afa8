import { notFound } from "next/navigation";
import { isUuid } from "@/lib/validation/uuid";

// The one way pages and route handlers read a dynamic segment of the URL ([id], [sessionId], [token]).
// A segment is typed by whoever writes the address: it can be any text, an escape that decodes to
// nothing ("%ff%fe"), or a near-uuid ("------------------------------------") that PostgreSQL refuses
// with "invalid input syntax for type uuid". None of that may reach a query: a bad segment is the
// same 404 as an id of another organisation, in the reader's language (app/not-found.tsx).

/**
 * The segment's text. Next.js decodes segments before a page sees them, but hands over the raw text when
 * that fails (an invalid escape such as "%ff"); a "%" left over is therefore an undecodable or a doubly
 * encoded segment. Decoding once more either succeeds or returns null, never a URIError.
 */
export function decodeSegment(raw: string | string[] | undefined): string | null {
  if (typeof raw !== "string") return null;
  if (!raw.includes("%")) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** The segment as a uuid, or null: for route handlers, which write their own 404 response. */
export function uuidSegment(raw: string | string[] | undefined): string | null {
  const value = decodeSegment(raw);
  return value !== null && isUuid(value) ? value.toLowerCase() : null;
}

/** The segment as a uuid, or the not-found page: for pages (`notFound()` throws, so the page stops here). */
export function uuidSegmentOrNotFound(raw: string | string[] | undefined): string {
  return uuidSegment(raw) ?? notFound();
}

/** Every named segment as a uuid, or the not-found page: `const { id, sessionId } = await uuidParams(params)`. */
export async function uuidParams<K extends string>(params: Promise<Record<K, string>>): Promise<Record<K, string>> {
  const raw = await params;
  const out = {} as Record<K, string>;
  for (const key of Object.keys(raw) as K[]) out[key] = uuidSegmentOrNotFound(raw[key]);
  return out;
}

/** A token segment (invitation, calendar feed) of the expected shape, or null. */
export function tokenSegment(raw: string | string[] | undefined, isShape: (token: string) => boolean): string | null {
  const value = decodeSegment(raw);
  return value !== null && isShape(value) ? value : null;
}
