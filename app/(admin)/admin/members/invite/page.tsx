import type { Metadata } from "next";
import { ClientMessages } from "@/app/_components/client-messages";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageMember } from "@/lib/auth/session";
import { MemberInviteForm } from "./_components/member-invite-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members.invite"))("title") };
}

export default async function InviteMemberPage() {
  const ctx = await requirePageMember("members.invite");
  const t = await getTranslations("members.invite");
  return (
    <>
      <Link href="/admin/members" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="mt-3 text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 max-w-2xl text-stone-700">{t("intro")}</p>
      <ClientMessages namespaces={["members.invite", "members.errors"]}>
        <MemberInviteForm defaultLanguage={ctx.current.defaultLocale} />
      </ClientMessages>
    </>
  );
}
