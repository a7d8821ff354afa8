import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { organizations, programmes, type LocalizedText, type Topic } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import type { ProgrammeKind } from "./kind";
import { isSignupOpen } from "./window";

// What every member sees of a programme, of either kind: its shared fields, whether sign-up is open, and
// the organisation's topics. Each kind adds the member's own enrolment (lib/registry/programme-kinds.ts).

export type ProgrammeSharedView = {
  id: string;
  kind: ProgrammeKind;
  status: string;
  name: LocalizedText;
  description: LocalizedText;
  signupOpensAt: Date | null;
  signupClosesAt: Date | null;
  signupOpen: boolean;
  topics: Topic[];
  /** As stored: the kind reads them. */
  settings: Record<string, unknown>;
};

/** A programme the member may see (not a draft) of their organisation, or null. */
export async function readProgrammeForMember(tx: Tx, scope: MemberScope, programmeId: string): Promise<ProgrammeSharedView | null> {
  const [p] = await tx
    .select()
    .from(programmes)
    .where(and(eq(programmes.id, programmeId), eq(programmes.organizationId, scope.organizationId), ne(programmes.status, "draft")));
  if (!p) return null;
  const [org] = await tx.select({ topics: organizations.topics }).from(organizations).where(eq(organizations.id, scope.organizationId));
  return {
    id: p.id,
    kind: p.kind,
    status: p.status,
    name: p.name,
    description: p.description,
    signupOpensAt: p.signupOpensAt,
    signupClosesAt: p.signupClosesAt,
    signupOpen: isSignupOpen({ status: p.status, opensAt: p.signupOpensAt, closesAt: p.signupClosesAt }, now()),
    topics: org?.topics ?? [],
    settings: p.settings,
  };
}
