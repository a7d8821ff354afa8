import { NextResponse } from "next/server";
import { requireMember } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { resolveRequestLocale } from "@/lib/i18n/resolve-locale";
import { getTranslator } from "@/lib/i18n/translate";
import { getRejectedImportRows } from "@/lib/members/import";
import { rejectedFileName, rejectedRowsCsv } from "@/lib/members/rejected-csv";
import { memberScopeOf } from "@/lib/auth/actor";
import { uuidSegment } from "@/lib/routing/segment";

const noStore = { "Cache-Control": "no-store" };

/** The rows an import left out, as a CSV with a reason column in the admin's language; the import's own organisation only. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = uuidSegment((await params).id);
  if (!id) return NextResponse.json({ error: "not_found" }, { status: 404, headers: noStore });
  try {
    const ctx = await requireMember("members.invite");
    const rejected = await getRejectedImportRows(memberScopeOf(ctx), id);
    if (!rejected) return NextResponse.json({ error: "not_found" }, { status: 404, headers: noStore });
    const t = getTranslator(await resolveRequestLocale(), "members.import");
    const name = rejectedFileName(rejected.fileName, t);
    // A byte-order mark, so that Excel reads the file as UTF-8; the name twice, for browsers without RFC 5987.
    return new NextResponse(`\uFEFF${rejectedRowsCsv(rejected.rows, t)}`, {
      headers: {
        ...noStore,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      },
    });
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ error: error.code }, { status: error.status, headers: noStore });
    throw error;
  }
}
