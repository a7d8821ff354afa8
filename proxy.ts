import { NextResponse } from "next/server";
import { contentSecurityPolicy } from "./lib/security/headers";
import { configuredSsoProviders } from "./lib/auth/providers-info";

/**
 * Adds the Content-Security-Policy to every response. Only headers live here: authorisation is checked in
 * lib/ on every page and action, never in the proxy (SECURITY.md rule 1).
 */
export function proxy() {
  const response = NextResponse.next();
  response.headers.set(
    "Content-Security-Policy",
    contentSecurityPolicy({
      dev: process.env.NODE_ENV !== "production",
      formActionOrigins: configuredSsoProviders().map((p) => p.origin),
    }),
  );
  return response;
}

export const config = { matcher: "/:path*" };
