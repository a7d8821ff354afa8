import { appUrl } from "@/lib/env";

/**
 * Route handlers get none of the origin checks that Next gives server actions. A form posted from another
 * site could otherwise sign a person into someone else's account (login CSRF). Browsers say where a
 * request comes from in Sec-Fetch-Site and Origin (older ones only in Origin); a request without either
 * is not a browser's, and so no cross-site forgery.
 */
export function isCrossSiteRequest(request: Request): boolean {
  // Browsers set Sec-Fetch-Site themselves and pages cannot forge it. It decides when present: a page with
  // Referrer-Policy no-referrer (the invitation page, to keep its token out of Referer) posts Origin: null.
  const site = request.headers.get("sec-fetch-site");
  if (site) return site !== "same-origin" && site !== "none";
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
