import { ClientMessages } from "@/app/_components/client-messages";

/** The messages the client components of programmes read (tests/client-messages.test.ts keeps this list true). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["codevEnrolment.errors", "codevEnrolment.form", "codevEnrolment.languages", "enrolment.avoid", "enrolment.errors", "enrolment.form", "selfSelect"]} actionErrors>
      {children}
    </ClientMessages>
  );
}
