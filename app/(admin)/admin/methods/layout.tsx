import { ClientMessages } from "@/app/_components/client-messages";

/** The messages the client components of methods read (tests/client-messages.test.ts keeps this list true). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["codevAdmin.editor", "codevAdmin.errors", "codevAdmin.library", "programmesAdmin.errors", "programmesAdmin.form"]}>
      {children}
    </ClientMessages>
  );
}
