import Link from "next/link";
import { LanguageSwitcher } from "@/app/_components/language-switcher";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="mx-auto flex min-h-dvh max-w-md flex-col px-4 py-6">
      <header className="flex items-center justify-between">
        <Link href="/" className="flex items-center gap-2 text-xl font-semibold text-brand-700">
          <span aria-hidden className="inline-block h-6 w-6 rounded-full border-4 border-brand-500" />
          Kring
        </Link>
        <LanguageSwitcher />
      </header>
      <main id="main" className="flex flex-1 flex-col justify-center py-10">
        <div className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm">{children}</div>
      </main>
    </div>
  );
}
