import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { ACTION_ERROR_NAMESPACES, pickMessages, ROOT_CLIENT_NAMESPACES } from "@/lib/i18n/pick-messages";

/**
 * Gives the client components below it the messages of these namespaces (and the root's), and nothing
 * else; `actionErrors` adds the namespaces whose full keys actions return ("pair.errors.ended"), for the
 * forms that translate an action's answer with a root translator: a page's payload carries what its client components read, not the whole catalogue. Used in the
 * layout of each area; tests/client-messages.test.ts checks that every client component's namespaces are
 * provided on every path that renders it.
 */
export async function ClientMessages({ namespaces, actionErrors = false, children }: { namespaces: string[]; actionErrors?: boolean; children: React.ReactNode }) {
  const messages = await getMessages();
  const picked = [...ROOT_CLIENT_NAMESPACES, ...(actionErrors ? ACTION_ERROR_NAMESPACES : []), ...namespaces];
  return <NextIntlClientProvider messages={pickMessages(messages, picked)}>{children}</NextIntlClientProvider>;
}
