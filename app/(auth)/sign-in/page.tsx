import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionContext } from "@/lib/auth/session";
import { safeNextPath } from "@/lib/auth/safe-redirect";
import { configuredSsoProviders } from "@/lib/auth/providers-info";
import { signInWithSso } from "./actions";
import { MagicLinkForm } from "./_components/magic-link-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const ctx = await getSessionContext();
  const next = safeNextPath((await searchParams).next);
  if (ctx?.current) redirect(next === "/" ? "/dashboard" : next);
  const t = await getTranslations("auth.signIn");
  const sso = configuredSsoProviders();
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-sm text-stone-700">{t("intro")}</p>
      <div className="mt-6">
        <MagicLinkForm next={next} />
      </div>
      {sso.length > 0 && (
        <div className="mt-6 border-t border-stone-200 pt-6">
          <p className="text-sm text-stone-700">{t("ssoIntro")}</p>
          <div className="mt-3 space-y-2">
            {sso.map((p) => (
              <form key={p.id} action={signInWithSso}>
                <input type="hidden" name="provider" value={p.id} />
                <input type="hidden" name="next" value={next} />
                <button type="submit" className="w-full rounded-md border border-stone-300 px-4 py-2.5 font-medium hover:bg-stone-100">
                  {t("ssoButton", { name: p.name })}
                </button>
              </form>
            ))}
          </div>
        </div>
      )}
    </>
  );
}
