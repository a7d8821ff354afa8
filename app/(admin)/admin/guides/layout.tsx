import { ClientMessages } from "@/app/_components/client-messages";

/** The messages the client components of guides read (tests/client-messages.test.ts keeps this list true). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["guides.editor", "guides.errors", "guides.kinds", "guides.library"]}>{children}</ClientMessages>;
}
