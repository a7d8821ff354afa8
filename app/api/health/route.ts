import { NextResponse } from "next/server";

/**
 * Liveness: the process is up and answers. No database, no session, nothing about the installation: a
 * platform restarts the process when this fails, and a database outage must not restart every instance.
 */
export const dynamic = "force-dynamic";

export function GET() {
  return NextResponse.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
