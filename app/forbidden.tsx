import { getTranslations } from "next-intl/server";
import { StatusPage } from "./_components/status-page";

export default async function Forbidden() {
  const t = await getTranslations("common.forbidden");
  return <StatusPage title={t("title")} text={t("text")} linkHref="/dashboard" linkLabel={t("home")} />;
}
