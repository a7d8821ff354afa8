import { NextResponse } from "next/server";
import { queryCounter } from "@/db/client";
import { isOutboxEnabled } from "@/lib/email/outbox-enabled";

export const dynamic = "force-dynamic";

/**
 * How many SQL statements this server process has sent so far, for the web benchmark and the page-budget
 * test: they read it before and after one request, with no other traffic and the worker in its own process,
 * so the difference is that page's queries, counted rather than guessed. Only with KRING_COUNT_QUERIES=1 on a
 * test or demo installation (the outbox's condition); a number of statements reveals nothing else.
 */
export function GET() {
  if (process.env.KRING_COUNT_QUERIES !== "1" || !isOutboxEnabled()) return new NextResponse(null, { status: 404 });
  return NextResponse.json({ queries: queryCounter.count }, { headers: { "cache-control": "no-store" } });
}
