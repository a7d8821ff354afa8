import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { AppLocale } from "@/lib/i18n/config";

// A person's own preferences live on the users row (not tenant data); callers pass the session's user id.

export async function setUserLocale(userId: string, locale: AppLocale): Promise<void> {
  await getDb().update(users).set({ locale }).where(eq(users.id, userId));
}

/** The caller has checked that the person is a member of `organizationId`. */
export async function switchOrganization(userId: string, organizationId: string): Promise<void> {
  await getDb().update(users).set({ currentOrganizationId: organizationId }).where(eq(users.id, userId));
}
