import { ClientMessages } from "@/app/_components/client-messages";

/** The messages the client components of a participant's learning track read (tests/client-messages.test.ts keeps this list true). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["tracks.errors", "tracks.participant"]}>{children}</ClientMessages>;
}
