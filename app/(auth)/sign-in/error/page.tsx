import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/app/_components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.error"))("title") };
}

const known = ["Verification", "AccessDenied", "OAuthAccountNotLinked", "Configuration"] as const;

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const t = await getTranslations("auth.error");
  const kind = known.find((k) => k === error) ?? "Default";
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-stone-700">{t(`kinds.${kind}`)}</p>
      <ButtonLink href="/sign-in" className="mt-6">
        {t("again")}
      </ButtonLink>
    </>
  );
}
