"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/lib/auth/config";
import { getSessionContext } from "@/lib/auth/session";
import { setUserLocale, switchOrganization } from "@/lib/accounts/preferences";
import { localeCookie, locales } from "@/lib/i18n/config";

const localeSchema = z.object({ locale: z.enum(locales) });

/** Remembers the language: on the account when signed in, in a cookie for everyone. */
export async function setLocaleAction(formData: FormData) {
  const parsed = localeSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  const ctx = await getSessionContext();
  if (ctx) await setUserLocale(ctx.userId, parsed.data.locale);
  (await cookies()).set(localeCookie, parsed.data.locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
}

const switchSchema = z.object({ organizationId: z.uuid() });

export async function switchOrganizationAction(formData: FormData) {
  const parsed = switchSchema.safeParse({ organizationId: formData.get("organizationId") });
  const ctx = await getSessionContext();
  if (!ctx) redirect("/sign-in");
  // Only to an organisation the person belongs to: the membership list comes from the database.
  if (parsed.success && ctx.memberships.some((m) => m.organizationId === parsed.data.organizationId)) {
    await switchOrganization(ctx.userId, parsed.data.organizationId);
  }
  redirect("/dashboard");
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
