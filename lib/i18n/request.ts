import { getRequestConfig } from "next-intl/server";
import { getSessionContext } from "@/lib/auth/session";
import { resolveRequestLocale } from "./resolve-locale";
import { loadMessages } from "./messages";

// next-intl without locale prefixes in URLs: the locale follows the person, not the address.
export default getRequestConfig(async () => {
  const [locale, ctx] = await Promise.all([resolveRequestLocale(), getSessionContext()]);
  // Dates on pages are shown in the organisation's zone; pages about sessions pass each person's own.
  return { locale, messages: loadMessages(locale), timeZone: ctx?.current?.timeZone ?? "Europe/Amsterdam" };
});
