import "server-only";
import { and, asc, desc, eq, ne } from "drizzle-orm";
import { enrolments, memberships, programmes, type LocalizedText } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { profileCompleteness, type FieldKey } from "@/lib/profiles/completeness";
import { codevProfileFields, readCodevAnswers, type CodevAnswers, type CodevRole } from "./schemas";
import { totalMinutes } from "@/lib/codevelopment/core/method-types";
import { readCodevSettings, type CodevSettings } from "@/lib/codevelopment/core/settings";

export type CodevEnrolment = { role: CodevRole; status: "active" | "withdrawn"; answers: CodevAnswers | null };

export type CodevEnrolmentView = {
  settings: Omit<CodevSettings, "method">;
  method: { name: LocalizedText; summary: LocalizedText; steps: number; minutes: number };
  profile: { languages: string[]; timeZone: string | null; availability: string[] };
  /** The programme's languages that the member speaks, in the programme's order. */
  sharedLanguages: string[];
  enrolment: CodevEnrolment | null;
  profileGaps: FieldKey[];
};

/** What the member needs to sign up for a co-development programme (not a draft, their organisation's). */
export async function getCodevEnrolmentView(scope: MemberScope, programmeId: string): Promise<CodevEnrolmentView | null> {
  return withActor(scope, "programmes.view", async (tx) => {
    const [p] = await tx
      .select({ settings: programmes.settings })
      .from(programmes)
      .where(and(eq(programmes.id, programmeId), eq(programmes.organizationId, scope.organizationId), eq(programmes.kind, "codevelopment"), ne(programmes.status, "draft")));
    if (!p) return null;
    const [[me], mine] = await Promise.all([
      tx.select().from(memberships).where(and(eq(memberships.id, scope.actorMembershipId), eq(memberships.organizationId, scope.organizationId))),
      // The active enrolment first; otherwise the latest withdrawn one.
      tx
        .select({ role: enrolments.role, status: enrolments.status, answers: enrolments.answers })
        .from(enrolments)
        .where(and(eq(enrolments.programmeId, programmeId), eq(enrolments.organizationId, scope.organizationId), eq(enrolments.membershipId, scope.actorMembershipId)))
        .orderBy(asc(enrolments.status), desc(enrolments.updatedAt))
        .limit(1),
    ]);
    const { method, ...settings } = readCodevSettings(p.settings);
    const missing = me ? profileCompleteness(me).missing : [...codevProfileFields];
    const row = mine[0];
    const enrolment: CodevEnrolment | null =
      row && (row.role === "participant" || row.role === "facilitator") ? { role: row.role, status: row.status, answers: readCodevAnswers(row.answers) } : null;
    return {
      settings,
      method: { name: method.name, summary: method.summary, steps: method.steps.length, minutes: totalMinutes(method) },
      profile: { languages: me?.languages ?? [], timeZone: me?.timeZone ?? null, availability: me?.availability ?? [] },
      sharedLanguages: settings.languages.filter((l) => me?.languages.includes(l)),
      enrolment,
      profileGaps: codevProfileFields.filter((f) => missing.includes(f)),
    };
  });
}
