import { AppShell } from "@/app/_components/app-shell";
import { requirePageMember } from "@/lib/auth/session";

export default async function MemberLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requirePageMember();
  return <AppShell ctx={ctx}>{children}</AppShell>;
}
