/**
 * Redirect targets are paths on our own origin only (SECURITY.md rule 9). Browsers drop tabs and line
 * breaks from URLs and read a backslash as a slash, so "/\t/evil.example" would leave the site: anything
 * with whitespace, a control character or a backslash is refused outright.
 *
 * Normalise, then check: the URL parser resolves dot segments (also percent-encoded ones), so
 * "/..//evil.example" becomes "//evil.example", which a browser reads as another host. The check runs on
 * the resolved path, and the path we return must resolve to itself on our origin.
 */
const BASE = "http://kring.invalid";
const UNSAFE_CHARACTERS = /[\s\\\x00-\x1f\x7f]/;

export function safeNextPath(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/") || UNSAFE_CHARACTERS.test(next)) return "/";
  const path = resolvePath(next);
  if (path === null || path.startsWith("//") || UNSAFE_CHARACTERS.test(path)) return "/";
  // Belt and braces: what a browser makes of the returned path must be the same path on our origin.
  return resolvePath(path) === path ? path : "/";
}

function resolvePath(path: string): string | null {
  try {
    const target = new URL(path, BASE);
    if (target.origin !== BASE) return null;
    return `${target.pathname}${target.search}${target.hash}`;
  } catch {
    return null;
  }
}

/** Auth.js's redirect callback: a safe relative path, or an address on our own origin. */
export function safeRedirect(url: string, baseUrl: string): string {
  if (url.startsWith("/")) {
    const path = safeNextPath(url);
    return path === "/" && url !== "/" ? baseUrl : `${baseUrl}${path}`;
  }
  try {
    const target = new URL(url);
    if (target.origin === new URL(baseUrl).origin && !UNSAFE_CHARACTERS.test(url)) {
      // A same-origin absolute URL whose path resolves to "//host" is as bad as the relative form.
      const path = safeNextPath(`${target.pathname}${target.search}${target.hash}`);
      return path === "/" && target.pathname !== "/" ? baseUrl : `${baseUrl.replace(/\/$/, "")}${path}`;
    }
  } catch {
    // not a URL: fall through to the home page
  }
  return baseUrl;
}
