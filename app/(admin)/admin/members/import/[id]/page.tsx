import type { Metadata } from "next";
import { ClientMessages } from "@/app/_components/client-messages";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageMember } from "@/lib/auth/session";
import { getMemberImportStatus } from "@/lib/members/import";
import { memberScopeOf } from "@/lib/auth/actor";
import { uuidSegmentOrNotFound } from "@/lib/routing/segment";
import { ImportProgress } from "./_components/import-progress";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members.progress"))("title") };
}

export default async function ImportProgressPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageMember("members.invite");
  const id = uuidSegmentOrNotFound((await params).id);
  // Another organisation's import answers exactly like one that does not exist.
  const status = await getMemberImportStatus(memberScopeOf(ctx), id);
  if (!status) notFound();
  const t = await getTranslations("members.progress");
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <ClientMessages namespaces={["members.progress"]}>
        <ImportProgress importId={id} initial={status} />
      </ClientMessages>
    </>
  );
}
