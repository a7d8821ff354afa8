import { NextResponse } from "next/server";
import { requireMember } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getMemberImportStatus } from "@/lib/members/import";
import { memberScopeOf } from "@/lib/auth/actor";
import { uuidSegment } from "@/lib/routing/segment";

const noStore = { "Cache-Control": "no-store" };

/** The import's progress for the page's poller: admins of the import's own organisation only. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = uuidSegment((await params).id);
  if (!id) return NextResponse.json({ error: "not_found" }, { status: 404, headers: noStore });
  try {
    const ctx = await requireMember("members.invite");
    const status = await getMemberImportStatus(memberScopeOf(ctx), id);
    if (!status) return NextResponse.json({ error: "not_found" }, { status: 404, headers: noStore });
    return NextResponse.json(status, { headers: noStore });
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ error: error.code }, { status: error.status, headers: noStore });
    throw error;
  }
}
