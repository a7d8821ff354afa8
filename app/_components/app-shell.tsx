import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { MemberContext } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { LanguageSwitcher } from "./language-switcher";
import { OrganizationSwitcher } from "./organization-switcher";
import { SignOutButton } from "./sign-out-button";

/** The frame around every signed-in page: brand, navigation, organisation, language and sign out. */
export async function AppShell({ ctx, children }: { ctx: MemberContext; children: React.ReactNode }) {
  const t = await getTranslations("common");
  // The team page is linked for a manager and for whoever had a conversation with theirs (lib/conversations/team-link.ts).
  const team = ctx.current.teamPage;
  const nav = [
    { href: "/dashboard", label: t("nav.dashboard") },
    { href: "/programmes", label: t("nav.programmes") },
    { href: "/matches", label: t("nav.matches") },
    { href: "/groups", label: (await getTranslations("codevGroups"))("nav") },
    { href: "/sessions", label: t("nav.sessions") },
    ...(team ? [{ href: "/team", label: (await getTranslations("conversations"))("nav") }] : []),
    { href: "/profile", label: t("nav.profile") },
    ...(can(ctx.current.role, "members.view") ? [{ href: "/admin/members", label: t("nav.admin") }] : []),
  ];
  return (
    <div className="flex min-h-dvh flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("skipToContent")}
      </a>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto max-w-5xl px-4 pt-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <Link href="/dashboard" className="flex items-center gap-2 text-lg font-semibold text-brand-700">
              <span aria-hidden className="inline-block h-5 w-5 rounded-full border-4 border-brand-500" />
              Kring
            </Link>
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <OrganizationSwitcher memberships={ctx.memberships} currentOrganizationId={ctx.current.organizationId} />
              <LanguageSwitcher />
              <SignOutButton />
            </div>
          </div>
          {/* A row of its own: the navigation grows with the product and should not push the controls around. */}
          <nav aria-label={t("nav.label")} className="mt-1">
            <ul className="flex flex-wrap gap-x-5 text-sm">
              {nav.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="nav-link">
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:py-8">
        {children}
      </main>
      <footer className="border-t border-stone-200 px-4 py-4 text-center text-xs text-stone-600">
        <p>{t("footer")}</p>
        <p className="mt-1">
          <Link href="/account" className="underline hover:text-brand-700">
            {t("nav.account")}
          </Link>
        </p>
      </footer>
    </div>
  );
}
