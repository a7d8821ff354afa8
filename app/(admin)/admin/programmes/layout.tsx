import { ClientMessages } from "@/app/_components/client-messages";

/** The messages the client components of programmes read (tests/client-messages.test.ts keeps this list true). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["codevAdmin.errors", "codevAdmin.form", "codevAdmin.method", "codevAdmin.steps", "programmesAdmin.actions", "programmesAdmin.errors", "programmesAdmin.form"]} actionErrors>
      {children}
    </ClientMessages>
  );
}
