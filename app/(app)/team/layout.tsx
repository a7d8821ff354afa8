import { ClientMessages } from "@/app/_components/client-messages";

/** The messages the client components of the team page read (tests/client-messages.test.ts keeps this list true). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["conversations.start", "conversations.errors"]} actionErrors>
      {children}
    </ClientMessages>
  );
}
