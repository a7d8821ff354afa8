import { ClientMessages } from "@/app/_components/client-messages";

/** The messages the client components of a conversation read (tests/client-messages.test.ts keeps this list true). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["conversations.run", "conversations.closing", "conversations.errors"]} actionErrors>
      {children}
    </ClientMessages>
  );
}
