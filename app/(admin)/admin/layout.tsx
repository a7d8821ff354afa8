import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AppShell } from "@/app/_components/app-shell";
import { requirePageMember } from "@/lib/auth/session";

// The gate here is for the eye; every admin query and action checks the role again in lib/.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requirePageMember("members.view");
  const t = await getTranslations("admin");
  const tInsights = await getTranslations("insights");
  const links = [
    { href: "/admin/programmes", label: t("nav.programmes") },
    { href: "/admin/insights", label: tInsights("nav.insights") },
    { href: "/admin/members", label: t("nav.members") },
    { href: "/admin/members/import", label: t("nav.import") },
    { href: "/admin/settings", label: t("nav.settings") },
    { href: "/admin/audit", label: tInsights("nav.audit") },
  ];
  return (
    <AppShell ctx={ctx}>
      <nav aria-label={t("nav.label")} className="mb-6 flex flex-wrap gap-2 text-sm">
        {links.map((l) => (
          <Link key={l.href} href={l.href} className="nav-pill">
            {l.label}
          </Link>
        ))}
      </nav>
      {children}
    </AppShell>
  );
}
