import { ClientMessages } from "@/app/_components/client-messages";

/** The messages the client components of matches read (tests/client-messages.test.ts keeps this list true). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["conversations.start", "conversations.errors", "matches", "pair.closing", "pair.end", "pair.fit", "pair.goals", "pair.meeting", "pair.notes", "pair.rematch"]} actionErrors>
      {children}
    </ClientMessages>
  );
}
