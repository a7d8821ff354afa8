import { NextResponse, type NextRequest } from "next/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { requireMember } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { resolveRequestLocale } from "@/lib/i18n/resolve-locale";
import { exportInsights } from "@/lib/insights/export-insights";

/** The insights page's figures as a CSV download, with the page's filters; admins only, and audited. */
export async function GET(request: NextRequest) {
  try {
    const ctx = await requireMember("insights.view");
    const query = Object.fromEntries(request.nextUrl.searchParams.entries());
    const { filename, csv } = await exportInsights(actorScopeOf(ctx), query, await resolveRequestLocale());
    // A byte-order mark, so that Excel reads the file as UTF-8 (Dutch names, "–" in labels).
    return new NextResponse(`\uFEFF${csv}`, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ error: error.code }, { status: error.status, headers: { "Cache-Control": "no-store" } });
    throw error;
  }
}
