import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "./lib/security/headers";
import { isCrossSiteRequest } from "./lib/security/same-origin";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./lib/security/body-limit";
import { configuredSsoProviders } from "./lib/auth/providers-info";

/**
 * Headers and the cheap refusals that need no session. Authorisation is checked in lib/ on every page and
 * action, never here (SECURITY.md rule 1).
 * - Every response gets a Content-Security-Policy with its own nonce; Next.js reads the nonce from the
 *   request's copy of the header and puts it on the scripts it renders.
 * - A form or server action posted from another site is refused with 403 (Next.js would answer 500).
 * - A server action body over the limit is refused with 413 before Next.js reads it (it would answer 500).
 */
export function proxy(request: NextRequest) {
  const unsafe = request.method !== "GET" && request.method !== "HEAD" && request.method !== "OPTIONS";
  // An identity provider may post its answer back (response_mode=form_post); Auth.js checks state and PKCE there.
  const ssoCallback = request.nextUrl.pathname.startsWith("/api/auth/callback/");
  if (unsafe && !ssoCallback && isCrossSiteRequest(request)) return refuse(403, "Cross-site request refused.");
  const length = Number(request.headers.get("content-length") ?? 0);
  if (unsafe && request.headers.has("next-action") && length > SERVER_ACTION_BODY_LIMIT_BYTES) return refuse(413, "Request too large.");

  const nonce = createNonce();
  const csp = contentSecurityPolicy({
    dev: process.env.NODE_ENV !== "production",
    nonce,
    formActionOrigins: configuredSsoProviders().map((p) => p.origin),
    inlineStyles: request.nextUrl.pathname.startsWith("/dev/outbox/"),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

function refuse(status: number, message: string): NextResponse {
  return new NextResponse(message, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

export const config = { matcher: "/:path*" };
