import { NextResponse } from "next/server";
import { acceptInvitation } from "@/lib/members/accept-invitation";
import { isInvitationTokenShape } from "@/lib/members/invitation-token";
import { isCrossSiteRequest } from "@/lib/security/same-origin";
import { tokenSegment } from "@/lib/routing/segment";

/**
 * The invitation page's button posts here. On success the browser goes (303, as a GET) to Auth.js's email
 * callback with a one-time token for the invited address, which signs the person in. On failure it goes
 * back to the invitation page, which now explains that the link cannot be used.
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  if (isCrossSiteRequest(request)) return new NextResponse(null, { status: 403 });
  const raw = (await params).token;
  const token = tokenSegment(raw, isInvitationTokenShape);
  const result = token ? await acceptInvitation(token) : { ok: false as const };
  // Back to the invitation page, which explains that the link cannot be used (the raw segment, re-encoded).
  const location = result.ok ? result.signInPath : `/invite/${encodeURIComponent(token ?? raw)}`;
  return new NextResponse(null, { status: 303, headers: { Location: location } });
}
