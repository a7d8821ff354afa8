import { and, eq, ne } from "drizzle-orm";
import { createHash } from "node:crypto";
import { getDb } from "@/db/client";
import { memberships, organizations, users } from "@/db/schema";
import { enqueueEmail } from "@/lib/email/enqueue";
import { appLink } from "@/lib/env";
import { safeNextPath } from "./safe-redirect";
import { isLocale, type AppLocale } from "@/lib/i18n/config";

type VerificationParams = { identifier: string; url: string; token: string };

/**
 * Auth.js calls this for every sign-in request. Kring is invite-only: a link goes out only to a person
 * with a membership, but the page answers the same either way (SECURITY.md rule 6). The link opens a
 * confirmation page with a button, so that mail scanners that open links do not use it up (rule 5).
 */
export async function sendMagicLink({ identifier, url, token }: VerificationParams): Promise<void> {
  const db = getDb();
  const [person] = await db
    .select({ userLocale: users.locale, orgLocale: organizations.defaultLocale })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), ne(memberships.status, "removed")))
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(users.email, identifier))
    .limit(1);
  if (!person) return;
  const locale: AppLocale = isLocale(person.userLocale) ? person.userLocale : person.orgLocale;
  // Only the token and address come from Auth.js's URL; the origin is ours (see lib/env.ts).
  const callback = new URL(url).searchParams;
  const confirmUrl = appLink(
    `/sign-in/confirm?${new URLSearchParams({ token: callback.get("token") ?? "", email: identifier, callbackUrl: pathOf(callback.get("callbackUrl")) })}`,
  );
  await db.transaction((tx) =>
    enqueueEmail(tx, {
      template: "magic-link",
      to: identifier,
      locale,
      props: { url: confirmUrl },
      idempotencyKey: `magic-link:${createHash("sha256").update(token).digest("hex")}`,
    }),
  );
}

/** The path of Auth.js's absolute callback URL; the confirmation route checks it again. */
function pathOf(url: string | null): string {
  if (!url) return "/dashboard";
  try {
    const { pathname, search } = new URL(url, "http://kring.invalid");
    return safeNextPath(`${pathname}${search}`);
  } catch {
    return "/dashboard";
  }
}
