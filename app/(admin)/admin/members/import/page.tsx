import type { Metadata } from "next";
import { ClientMessages } from "@/app/_components/client-messages";
import { getTranslations } from "next-intl/server";
import { requirePageMember } from "@/lib/auth/session";
import { ImportUploadForm } from "./_components/import-upload-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members.import"))("title") };
}

const code = (chunks: React.ReactNode) => <code className="rounded bg-stone-200 px-1 text-[0.85em]">{chunks}</code>;

export default async function ImportMembersPage() {
  await requirePageMember("members.invite");
  const t = await getTranslations("members.import");
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 max-w-2xl text-stone-700">{t("intro")}</p>
      <section aria-labelledby="format-title" className="mt-4 max-w-3xl text-sm text-stone-700">
        <h2 id="format-title" className="font-medium text-stone-900">{t("formatTitle")}</h2>
        <ul className="mt-1 list-disc space-y-1 pl-5">
          <li>{t.rich("formatColumns", { code })}</li>
          <li>{t("formatSeparator")}</li>
          <li>{t.rich("formatLanguage", { code })}</li>
          <li>{t.rich("formatManager", { code })}</li>
        </ul>
      </section>
      <ClientMessages namespaces={["members.import", "members.pagination", "members.errors"]}>
        <ImportUploadForm />
      </ClientMessages>
    </>
  );
}
