import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionContext } from "@/lib/auth/session";
import { SignOutButton } from "../_components/sign-out-button";

export default async function NoOrganisationPage() {
  const ctx = await getSessionContext();
  if (!ctx) redirect("/sign-in");
  if (ctx.current) redirect("/dashboard");
  const t = await getTranslations("common.noOrganisation");
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 px-4 py-10">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-stone-700">{t("text")}</p>
      <div>
        <SignOutButton />
      </div>
    </main>
  );
}
