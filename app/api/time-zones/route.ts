import { NextResponse } from "next/server";
import { timeZoneOptions } from "@/lib/profiles/time-zones";

/**
 * Every zone a member can pick beyond the preferred ones, as the server's ICU knows them (the same list
 * validation accepts). The profile form loads it once its page is up, instead of carrying some 430 options
 * in every profile page's HTML and payload; the same for everyone, so it is built once and cached.
 */
export const dynamic = "force-static";

export function GET() {
  return NextResponse.json({ zones: timeZoneOptions().others }, { headers: { "cache-control": "public, max-age=86400" } });
}
