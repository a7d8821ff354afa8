import { NextResponse } from "next/server";
import { memberScopeOf, type MemberScope } from "@/lib/auth/actor";
import { requireMember } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { uuidSegment } from "@/lib/routing/segment";

export const noStore = { "Cache-Control": "no-store" };

/**
 * The frame of an import's own routes (its status, its rejected rows): a malformed id, a signed-out or
 * unauthorised request and another organisation's import all answer as JSON errors, never cached. `read`
 * answers null for an import that is not the actor's organisation's, which is a 404 like a missing one.
 */
export async function importRoute(params: Promise<{ id: string }>, read: (scope: MemberScope, importId: string) => Promise<Response | null>): Promise<Response> {
  const id = uuidSegment((await params).id);
  if (!id) return NextResponse.json({ error: "not_found" }, { status: 404, headers: noStore });
  try {
    const ctx = await requireMember("members.invite");
    return (await read(memberScopeOf(ctx), id)) ?? NextResponse.json({ error: "not_found" }, { status: 404, headers: noStore });
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ error: error.code }, { status: error.status, headers: noStore });
    throw error;
  }
}
