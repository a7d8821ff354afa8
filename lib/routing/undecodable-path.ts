// "%ff%fe" is well-formed percent-encoding of bytes that are no UTF-8, and "%zz" is no encoding at all:
// decodeURIComponent throws on both. Next.js 16 decodes a dynamic segment while it matches the route,
// before any page, route handler or error boundary of ours runs, and answers such a request with a bare
// "Internal Server Error" (500). Escaping the "%" of such a segment ("%25ff%25fe") turns it into the
// literal text "%ff%fe": the route matches, the page reads the segment with lib/routing/segment.ts
// and answers its own 404 in the reader's language, like any other id that does not exist.

function decodes(segment: string): boolean {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/** The request target with every undecodable path segment made literal; the query string is left as it is. */
export function escapeUndecodablePath(target: string): string {
  if (!target.includes("%")) return target;
  const cut = target.search(/[?#]/);
  const path = cut === -1 ? target : target.slice(0, cut);
  const rest = cut === -1 ? "" : target.slice(cut);
  const escaped = path
    .split("/")
    .map((segment) => (decodes(segment) ? segment : segment.replace(/%/g, "%25")))
    .join("/");
  return escaped + rest;
}
