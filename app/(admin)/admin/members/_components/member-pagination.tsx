import Link from "next/link";
import { getTranslations } from "next-intl/server";

function pageHref(page: number, search: string | undefined): string {
  const params = new URLSearchParams();
  if (search) params.set("q", search);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/admin/members?${query}` : "/admin/members";
}

export async function MemberPagination({ page, pageCount, search }: { page: number; pageCount: number; search?: string }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("members.pagination");
  const link = "rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:border-brand-600 hover:text-brand-700";
  return (
    <nav aria-label={t("label")} className="mt-6 flex flex-wrap items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={pageHref(page - 1, search)} className={link} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{t("page", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link href={pageHref(page + 1, search)} className={link} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
