"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { asFormAction, publicAction, signedInAction } from "@/lib/auth/action";
import { signOut } from "@/lib/auth/config";
import { signOutSchema } from "@/lib/auth/schemas";
import { getSessionContext } from "@/lib/auth/session";
import { setUserLocale, switchOrganization } from "@/lib/accounts/preferences";
import { localeSchema, switchOrganizationSchema } from "@/lib/accounts/schemas";
import { localeCookie } from "@/lib/i18n/config";

/** Remembers the language: on the account when signed in, in a cookie for everyone. */
export const setLocaleAction = asFormAction(
  publicAction(localeSchema, async ({ locale }) => {
    const ctx = await getSessionContext();
    if (ctx) await setUserLocale(ctx.userId, locale);
    (await cookies()).set(localeCookie, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
  }),
);

export const switchOrganizationAction = asFormAction(
  signedInAction(switchOrganizationSchema, async ({ organizationId }, ctx) => {
    // Only to an organisation the person belongs to: the membership list comes from the database.
    if (ctx.memberships.some((m) => m.organizationId === organizationId)) await switchOrganization(ctx.userId, organizationId);
    redirect("/dashboard");
  }),
);

export const signOutAction = asFormAction(
  publicAction(signOutSchema, async () => {
    await signOut({ redirectTo: "/" });
  }),
);
