import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { organizations } from "@/db/schema";
import { withActor, type Actor, type MemberScope } from "@/lib/auth/actor";
import type { ViewerClock } from "@/lib/scheduling/time/viewer-time";

/** The viewer's clock (their zone, else the organisation's) and the organisation's, for the times rule (README). */
export async function readViewerClock(tx: Tx, actor: Pick<Actor, "organizationId" | "timeZone">, locale: string): Promise<ViewerClock> {
  const [organization] = await tx.select({ timeZone: organizations.timeZone }).from(organizations).where(eq(organizations.id, actor.organizationId));
  return { locale, timeZone: actor.timeZone, organizationTimeZone: organization?.timeZone ?? actor.timeZone };
}

/** The same for a page that reads it on its own. */
export function getViewerClock(scope: MemberScope, locale: string): Promise<ViewerClock> {
  return withActor(scope, "sessions.view", (tx, actor) => readViewerClock(tx, actor, locale));
}
