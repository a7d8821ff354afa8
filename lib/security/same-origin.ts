import { appUrl } from "@/lib/env";

/**
 * Route handlers get none of the origin checks that Next gives server actions. A form posted from another
 * site could otherwise sign a person into someone else's account (login CSRF). Browsers say where a
 * request comes from in Sec-Fetch-Site and Origin; a request without either is not a browser's.
 */
export function isCrossSiteRequest(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return true;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const ours = new Set([new URL(request.url).origin, safeAppOrigin()]);
  return !ours.has(origin);
}

function safeAppOrigin(): string | null {
  try {
    return appUrl();
  } catch {
    return null;
  }
}
