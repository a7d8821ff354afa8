import { NextResponse } from "next/server";
import { getMemberImportStatus } from "@/lib/members/import";
import { importRoute, noStore } from "../import-route";

/** The import's progress for the page's poller: admins of the import's own organisation only. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return importRoute(params, async (scope, id) => {
    const status = await getMemberImportStatus(scope, id);
    return status && NextResponse.json(status, { headers: noStore });
  });
}
