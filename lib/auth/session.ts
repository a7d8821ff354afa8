import "server-only";
import { cache } from "react";
import { and, asc, eq, ne } from "drizzle-orm";
import { forbidden, notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { memberships, organizations, users, type Locale, type MembershipRole } from "@/db/schema";
import { teamPageLinked } from "@/lib/conversations/team-link";
import { AppError } from "@/lib/errors";
import { isLocale, type AppLocale } from "@/lib/i18n/config";
import { auth } from "./config";
import { noteOrganization } from "@/lib/ops/request-context";
import { can, type Permission } from "./permissions";

export type MembershipSummary = { membershipId: string; organizationId: string; organizationName: string; role: MembershipRole };

export type SessionContext = {
  userId: string;
  email: string;
  name: string | null;
  locale: AppLocale | null;
  memberships: MembershipSummary[];
  /** The organisation the person works in now, or null when they belong to none. */
  current: (MembershipSummary & { memberName: string; defaultLocale: Locale; timeZone: string; teamPage: boolean }) | null;
};

/** The context of a signed-in member in their current organisation: what every lib function takes. */
export type MemberContext = SessionContext & { current: NonNullable<SessionContext["current"]> };

/**
 * Re-reads the person's memberships and roles from the database on every request (SECURITY.md rule 2):
 * a role taken away takes effect at once, whatever the session cookie says.
 */
export const getSessionContext = cache(async (): Promise<SessionContext | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const db = getDb();
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user?.email) return null;
  const rows = await db
    .select({
      membershipId: memberships.id,
      organizationId: memberships.organizationId,
      organizationName: organizations.name,
      role: memberships.role,
      memberName: memberships.name,
      defaultLocale: organizations.defaultLocale,
      timeZone: organizations.timeZone,
      teamPage: teamPageLinked(memberships.id),
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(and(eq(memberships.userId, userId), ne(memberships.status, "removed")))
    .orderBy(asc(organizations.name));
  const current = rows.find((r) => r.organizationId === user.currentOrganizationId) ?? rows[0] ?? null;
  // The request's log line names the organisation it worked in (lib/ops/request-log-hook.ts).
  noteOrganization(current?.organizationId);
  return {
    userId,
    email: user.email,
    name: user.name,
    locale: isLocale(user.locale) ? user.locale : null,
    memberships: rows.map(({ membershipId, organizationId, organizationName, role }) => ({ membershipId, organizationId, organizationName, role })),
    current,
  };
});

/** For pages: sends a signed-out visitor to sign in, and a person without an organisation to a notice. */
export async function requirePageMember(permission: Permission = "dashboard.view"): Promise<MemberContext> {
  const ctx = await getSessionContext();
  if (!ctx) redirect("/sign-in");
  if (!ctx.current) redirect("/no-organisation");
  if (!can(ctx.current.role, permission)) forbidden();
  return ctx as MemberContext;
}

/** For server actions and route handlers: throws an AppError that the action wrapper turns into a reply. */
export async function requireMember(permission: Permission): Promise<MemberContext> {
  const ctx = await getSessionContext();
  if (!ctx) throw new AppError("unauthenticated");
  if (!ctx.current) throw new AppError("forbidden");
  if (!can(ctx.current.role, permission)) throw new AppError("forbidden");
  return ctx as MemberContext;
}

/** A page about something of another organisation answers as if it does not exist. */
export function notFoundUnless(condition: unknown): asserts condition {
  if (!condition) notFound();
}
