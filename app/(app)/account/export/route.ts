import { NextResponse } from "next/server";
import { exportPersonalData } from "@/lib/accounts/export";
import { getSessionContext } from "@/lib/auth/session";

/** The signed-in person's own data as a JSON download (SECURITY.md rule 17). */
export async function GET() {
  const ctx = await getSessionContext();
  if (!ctx) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const data = await exportPersonalData(ctx.userId);
  if (!data) return NextResponse.json({ error: "not_found" }, { status: 404 });
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="kring-my-data.json"',
      "Cache-Control": "no-store",
    },
  });
}
