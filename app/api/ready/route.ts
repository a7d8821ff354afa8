import { NextResponse } from "next/server";
import { checkReadiness } from "@/lib/ops/readiness";

/**
 * Readiness: send this instance traffic. 200 when the database answers and has this build's migrations,
 * 503 while it does not or while the process is shutting down. The body says no more than that; the reason
 * goes to the log (lib/ops/readiness.ts).
 */
export const dynamic = "force-dynamic";

export async function GET() {
  const result = await checkReadiness();
  return NextResponse.json({ status: result.ready ? "ready" : "unavailable" }, { status: result.ready ? 200 : 503, headers: { "cache-control": "no-store" } });
}
