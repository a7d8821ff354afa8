import { ClientMessages } from "@/app/_components/client-messages";

/** The messages the client components of sessions read (tests/client-messages.test.ts keeps this list true). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["scheduling.errors", "scheduling.feed", "scheduling.manage", "scheduling.planner"]}>
      {children}
    </ClientMessages>
  );
}
