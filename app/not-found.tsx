import { getTranslations } from "next-intl/server";
import { StatusPage } from "./_components/status-page";

export default async function NotFound() {
  const t = await getTranslations("common.notFound");
  return <StatusPage title={t("title")} text={t("text")} linkHref="/dashboard" linkLabel={t("home")} />;
}
