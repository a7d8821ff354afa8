/**
 * Redirect targets are paths on our own origin only (SECURITY.md rule 9). Browsers drop tabs and line
 * breaks from URLs and read a backslash as a slash, so "/\t/evil.example" would leave the site: anything
 * with whitespace, a control character or a backslash is refused outright.
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/") || /[\s\\\x00-\x1f\x7f]/.test(next)) return "/";
  try {
    const base = "http://kring.invalid";
    const target = new URL(next, base);
    if (target.origin !== base) return "/";
    return `${target.pathname}${target.search}${target.hash}`;
  } catch {
    return "/";
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
    if (target.origin === new URL(baseUrl).origin && !/[\s\\\x00-\x1f\x7f]/.test(url)) return target.toString();
  } catch {
    // not a URL: fall through to the home page
  }
  return baseUrl;
}
