import { NextResponse } from "next/server";
import { resolveRequestLocale } from "@/lib/i18n/resolve-locale";
import { getTranslator } from "@/lib/i18n/translate";
import { getRejectedImportRows } from "@/lib/members/import";
import { rejectedFileName, rejectedRowsCsv } from "@/lib/members/rejected-csv";
import { importRoute, noStore } from "../import-route";

/** The rows an import left out, as a CSV with a reason column in the admin's language; the import's own organisation only. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return importRoute(params, async (scope, id) => {
    const rejected = await getRejectedImportRows(scope, id);
    if (!rejected) return null;
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
  });
}
