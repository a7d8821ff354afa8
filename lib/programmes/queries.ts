import "server-only";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import { enrolments, programmes, type LocalizedText } from "@/db/schema";
import { actorScopeOf, withActor } from "@/lib/auth/actor";
import type { MemberContext } from "@/lib/auth/session";

export type ProgrammeCard = {
  id: string;
  kind: "mentoring" | "codevelopment";
  status: string;
  name: LocalizedText;
  description: LocalizedText;
  signupClosesAt: Date | null;
  enrolled: number;
  myRoles: string[];
};

/** Programmes of the member's organisation that are not drafts, with the member's own enrolments. */
export async function listProgrammesForMember(ctx: MemberContext): Promise<ProgrammeCard[]> {
  const { organizationId, membershipId } = ctx.current;
  return withActor(actorScopeOf(ctx), "programmes.view", async (tx) => {
    const rows = await tx
      .select()
      .from(programmes)
      .where(and(eq(programmes.organizationId, organizationId), inArray(programmes.status, ["open", "matching", "running"])))
      .orderBy(asc(programmes.signupClosesAt));
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [counts, mine] = await Promise.all([
      tx
        .select({ programmeId: enrolments.programmeId, n: count() })
        .from(enrolments)
        .where(and(eq(enrolments.organizationId, organizationId), inArray(enrolments.programmeId, ids), eq(enrolments.status, "active")))
        .groupBy(enrolments.programmeId),
      tx
        .select({ programmeId: enrolments.programmeId, role: enrolments.role })
        .from(enrolments)
        .where(and(eq(enrolments.organizationId, organizationId), eq(enrolments.membershipId, membershipId), eq(enrolments.status, "active"))),
    ]);
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      name: r.name,
      description: r.description,
      signupClosesAt: r.signupClosesAt,
      enrolled: counts.find((c) => c.programmeId === r.id)?.n ?? 0,
      myRoles: mine.filter((m) => m.programmeId === r.id).map((m) => m.role),
    }));
  });
}
