import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { queryText } from "@/lib/validation/query";
import { Button } from "@/app/_components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.confirm"))("title") };
}

// The link's values as Auth.js wrote them; a doubled or mangled one (a NUL byte) makes the link unusable.
const linkQuerySchema = z.object({ token: queryText(512), email: queryText(320), callbackUrl: queryText(2048) });

/**
 * The magic link lands here, not on the sign-in callback: mail scanners open links but do not press
 * buttons, so the one-time token is only used when the person confirms (SECURITY.md rule 5).
 */
export default async function ConfirmSignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token, email, callbackUrl } = linkQuerySchema.parse(await searchParams);
  const t = await getTranslations("auth.confirm");
  if (!token || !email) {
    return (
      <>
        <h1 className="text-2xl font-semibold">{t("invalidTitle")}</h1>
        <p className="mt-3 text-stone-700">{t("invalidText")}</p>
        <Link href="/sign-in" className="mt-6 inline-block text-brand-700 underline">
          {t("again")}
        </Link>
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-stone-700">{t("text", { email })}</p>
      <form method="post" action="/sign-in/confirm/continue" className="mt-6">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="callbackUrl" value={callbackUrl ?? "/dashboard"} />
        <Button type="submit" className="w-full">
          {t("button")}
        </Button>
      </form>
    </>
  );
}
