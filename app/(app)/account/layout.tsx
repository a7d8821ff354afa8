import { ClientMessages } from "@/app/_components/client-messages";

/** The messages the client components of account read (tests/client-messages.test.ts keeps this list true). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["account.erase"]}>
      {children}
    </ClientMessages>
  );
}
