import { randomUUID } from "node:crypto";
import { isUuid } from "@/lib/validation/uuid";

/**
 * The parts of an HTTP request that a log line may hold. Logs carry ids, not people (SECURITY.md): the
 * query string (sign-in tokens, outbox addresses, search words) is dropped, and path segments that are
 * secrets are replaced: the invitation token (/invite/<token>), the calendar feed token (/calendar/<token>)
 * and, as a net, any long segment that looks random and is not a UUID (a record id, which may be logged).
 */
const SECRET_AFTER = new Set(["invite", "calendar"]);
const MAX_PATH = 200;

function looksLikeSecret(segment: string): boolean {
  if (isUuid(segment)) return false;
  return segment.length >= 24 && /[0-9]/.test(segment) && /[A-Za-z]/.test(segment) && !segment.includes(".");
}

/** The request target's path for a log line: no query, no fragment, no token segments, at most 200 characters. */
export function loggablePath(target: string | undefined): string {
  let path = (target ?? "").split(/[?#]/, 1)[0];
  // An absolute-form target ("http://host/path", proxies send these): its path only.
  if (!path.startsWith("/")) {
    try {
      path = new URL(path).pathname;
    } catch {
      return "(invalid)";
    }
  }
  const segments = path.split("/");
  const cleaned = segments.map((segment, i) => {
    if (i === 2 && SECRET_AFTER.has(segments[1]) && segment !== "") return ":token";
    return looksLikeSecret(segment) ? ":redacted" : segment;
  });
  // Nothing that could break a line or a terminal.
  const joined = cleaned.join("/").replace(/[^\x21-\x7e]/g, "?");
  return joined.length > MAX_PATH ? `${joined.slice(0, MAX_PATH)}…` : joined;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,100}$/;

/**
 * The request's id: the X-Request-Id a proxy in front already gave it (so that its lines and ours join up),
 * when it is a plain token; otherwise a new UUID. A client could send one too: it only labels log lines.
 */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}
