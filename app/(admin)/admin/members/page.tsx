import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageMember } from "@/lib/auth/session";
import { listMembers } from "@/lib/members/queries";
import { memberScopeOf } from "@/lib/auth/actor";
import { ButtonLink } from "@/app/_components/ui/button";
import { MemberPagination } from "./_components/member-pagination";
import { MemberTable } from "./_components/member-table";
import { memberListQuerySchema } from "@/lib/members/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("title") };
}

export default async function MembersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requirePageMember("members.view");
  const query = memberListQuerySchema.parse(await searchParams);
  const search = query.q?.trim() || undefined;
  const [t, list] = await Promise.all([getTranslations("members"), listMembers(memberScopeOf(ctx), { search, page: query.page })]);
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-2 max-w-2xl text-stone-700">{t("intro", { organization: ctx.current.organizationName })}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href="/admin/members/invite" size="sm">
            {t("inviteLink")}
          </ButtonLink>
          <ButtonLink href="/admin/members/import" variant="secondary" size="sm">
            {t("importLink")}
          </ButtonLink>
        </div>
      </div>

      <form role="search" method="get" action="/admin/members" className="mt-6 flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 basis-60">
          <label htmlFor="member-search" className="block text-sm font-medium">
            {t("search.label")}
          </label>
          <input
            id="member-search"
            name="q"
            type="search"
            defaultValue={search}
            placeholder={t("search.placeholder")}
            className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2"
          />
        </div>
        {/* As tall as the search field beside it. */}
        <button type="submit" className="rounded-md border border-stone-300 bg-white px-4 py-2.5 text-sm font-medium hover:bg-stone-100">
          {t("search.submit")}
        </button>
        {search && (
          <Link href="/admin/members" className="px-2 py-2.5 text-sm text-brand-700 underline">
            {t("search.clear")}
          </Link>
        )}
      </form>

      <p role="status" className="mt-4 text-sm text-stone-700">
        {search ? t("countFor", { total: list.total, query: search }) : t("count", { total: list.total })}
      </p>
      {list.rows.length > 0 && <MemberTable list={list} />}
      <MemberPagination page={list.page} pageCount={list.pageCount} search={search} />
    </>
  );
}
