import { buildCalendarFeed } from "@/lib/scheduling/feed";
import { isFeedTokenShape } from "@/lib/scheduling/feed-token";
import { decodeSegment, tokenSegment } from "@/lib/routing/segment";

// Calendar apps poll the link; nothing here may be cached by a shared proxy (the link is private), and
// every read is fresh so a cancelled session disappears on the next poll.
const headers = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" };

/**
 * GET /calendar/<token>.ics — one person's private calendar feed. The token is the only key: unknown,
 * revoked and malformed tokens all answer the same 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const segment = decodeSegment((await params).token) ?? "";
  const token = segment.endsWith(".ics") ? tokenSegment(segment.slice(0, -4), isFeedTokenShape) : null;
  const ics = token ? await buildCalendarFeed(token) : null;
  if (ics === null) return new Response("Not found\n", { status: 404, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(ics, { headers: { ...headers, "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": 'inline; filename="kring.ics"' } });
}
