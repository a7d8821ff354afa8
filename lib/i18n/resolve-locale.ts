import "server-only";
import { cookies, headers } from "next/headers";
import { getSessionContext } from "@/lib/auth/session";
import { defaultLocale, isLocale, localeCookie, localeFromAcceptLanguage, type AppLocale } from "./config";

/** The person's choice, then their organisation's default, then the browser (issue 2, item 8). */
export async function resolveRequestLocale(): Promise<AppLocale> {
  const ctx = await getSessionContext();
  if (ctx?.locale) return ctx.locale;
  if (ctx?.current) return ctx.current.defaultLocale;
  const chosen = (await cookies()).get(localeCookie)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get("accept-language")) ?? defaultLocale;
}
