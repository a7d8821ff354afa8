import { getRequestConfig } from "next-intl/server";
import { resolveRequestLocale } from "./resolve-locale";
import { loadMessages } from "./messages";

// next-intl without locale prefixes in URLs: the locale follows the person, not the address.
export default getRequestConfig(async () => {
  const locale = await resolveRequestLocale();
  return { locale, messages: loadMessages(locale), timeZone: "Europe/Amsterdam" };
});
