import { ClientMessages } from "@/app/_components/client-messages";

/** The messages the client components of the learning track read (tests/client-messages.test.ts keeps this list true). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["tracks.admin", "tracks.errors", "tracks.form", "tracks.kinds"]}>{children}</ClientMessages>;
}
