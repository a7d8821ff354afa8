import { NextResponse } from "next/server";
import { z } from "zod";
import { now, testClockAllowed } from "@/lib/clock";
import { isOutboxEnabled } from "@/lib/email/outbox-enabled";
import { sweepMentoring } from "@/lib/mentoring/sweep";
import { sweepCodevelopment } from "@/lib/codevelopment/notices/sweep";
import { sweepTracks } from "@/lib/tracks/sweep";
import { isCrossSiteRequest } from "@/lib/security/same-origin";

const body = z.object({ at: z.iso.datetime({ offset: true }).optional(), programmeId: z.uuid() });

/**
 * The test clock for the clock-driven work: runs one programme's mentoring sweep now, or as if it were
 * `at`, so that an end-to-end test lets a request's deadline pass without waiting five days (the server's
 * own clock, and every other programme, stay put for the tests running beside it). It exists only where the local outbox does and the test clock may move: never
 * on a real installation.
 */
export async function POST(request: Request) {
  if (!isOutboxEnabled() || !testClockAllowed()) return new NextResponse(null, { status: 404 });
  if (isCrossSiteRequest(request)) return NextResponse.json({ error: "Cross-site request refused" }, { status: 403 });
  const parsed = body.safeParse(await request.json().catch(() => ({})));
  if (!parsed.success) return NextResponse.json({ error: "Send { programmeId: uuid, at?: ISO date-time with an offset }" }, { status: 400 });
  const at = parsed.data.at ? new Date(parsed.data.at) : now();
  // The co-development sweep too: the case, actions and feedback emails of the programme's group sessions;
  // and the overdue reminders of the programme's learning track.
  const mentoring = await sweepMentoring(at, { programmeId: parsed.data.programmeId });
  const codev = await sweepCodevelopment(at, { programmeId: parsed.data.programmeId });
  return NextResponse.json({ ...mentoring, codev, tracks: await sweepTracks(at, { programmeId: parsed.data.programmeId }) });
}
