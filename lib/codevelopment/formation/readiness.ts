import "server-only";
import { and, count, eq } from "drizzle-orm";
import { codevGroups, enrolments, memberships, programmes } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { readCodevSettings } from "@/lib/codevelopment/core/settings";
import { formationWarnings, type ReadinessWarning } from "@/lib/codevelopment/core/formation-readiness";

/**
 * The programme page's warnings before formation: none once groups are published (the review page then
 * lists the late sign-ups with their places).
 */
export async function getFormationReadiness(scope: MemberScope, programmeId: string): Promise<ReadinessWarning[]> {
  const { organizationId } = scope;
  return withActor(scope, "programmes.manage", async (tx) => {
    const [programme] = await tx
      .select({ settings: programmes.settings, status: programmes.status })
      .from(programmes)
      .where(and(eq(programmes.id, programmeId), eq(programmes.organizationId, organizationId), eq(programmes.kind, "codevelopment")));
    // While people can sign up or wait for their group: not for a draft nobody has seen, nor once archived.
    if (!programme || (programme.status !== "open" && programme.status !== "matching")) return [];
    const [published] = await tx
      .select({ id: codevGroups.id })
      .from(codevGroups)
      .where(and(eq(codevGroups.organizationId, organizationId), eq(codevGroups.programmeId, programmeId), eq(codevGroups.status, "published")))
      .limit(1);
    if (published) return [];
    const rows = await tx
      .select({ role: enrolments.role, n: count() })
      .from(enrolments)
      .innerJoin(memberships, and(eq(memberships.id, enrolments.membershipId), eq(memberships.organizationId, organizationId), eq(memberships.status, "active")))
      .where(and(eq(enrolments.organizationId, organizationId), eq(enrolments.programmeId, programmeId), eq(enrolments.status, "active")))
      .groupBy(enrolments.role);
    const of = (role: string) => rows.find((row) => row.role === role)?.n ?? 0;
    return formationWarnings({ participants: of("participant"), facilitators: of("facilitator") }, readCodevSettings(programme.settings));
  });
}
