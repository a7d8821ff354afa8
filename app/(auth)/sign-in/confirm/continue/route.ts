import { NextResponse } from "next/server";
import { safeNextPath } from "@/lib/auth/safe-redirect";
import { isCrossSiteRequest } from "@/lib/security/same-origin";
import { hasControlCharacters } from "@/lib/validation/text";

/** The confirmation button posts here; only then does the browser go to Auth.js's email callback. */
export async function POST(request: Request) {
  if (isCrossSiteRequest(request)) return new NextResponse(null, { status: 403 });
  const form = await request.formData();
  const token = form.get("token");
  const email = form.get("email");
  // A control character (a NUL byte) cannot be in a link Auth.js wrote, and PostgreSQL would refuse it.
  if (typeof token !== "string" || typeof email !== "string" || !token || !email || hasControlCharacters(token + email)) {
    return NextResponse.redirect(new URL("/sign-in/error?error=Verification", request.url), 303);
  }
  const callbackUrl = safeNextPath(form.get("callbackUrl"));
  const target = `/api/auth/callback/email?${new URLSearchParams({ callbackUrl: callbackUrl === "/" ? "/dashboard" : callbackUrl, token, email })}`;
  return new NextResponse(null, { status: 303, headers: { Location: target } });
}
