import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { enrolments, matches, matchingRuns, memberships, organizations, programmes, type LocalizedText, type MatchingRunFigures, type Programme, type Topic } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { readMentoringSettings } from "@/lib/mentoring/core/criteria";
import type { ScoreFactor, UnmatchedMenteeReason } from "@/lib/matching";
import { handCandidates } from "./proposal";
import { loadRoundInput } from "./round-input";

export type ProposalPair = { id: string; mentor: string; mentee: string; score: number; factors: ScoreFactor[]; pinned: boolean; status: string };
export type ProposalView = {
  programme: { id: string; name: LocalizedText; kind: string; responseDays: number; status: Programme["status"]; signupClosesAt: Date | null };
  topics: Topic[];
  run: { id: string; status: string; figures: MatchingRunFigures; publishedAt: Date | null } | null;
  pairs: ProposalPair[];
  /** Each mentee without a mentor, with the mentors who may take them by hand now (a proposed run only). */
  unmatched: Array<{ enrolmentId: string; name: string; reason: UnmatchedMenteeReason | { code: "broken" }; candidates: Array<{ enrolmentId: string; name: string }> }>;
};

/** The latest round of a programme (proposed or published) with names, for the admin's proposal page. */
export async function getProposalView(scope: MemberScope, programmeId: string): Promise<ProposalView> {
  const { organizationId } = scope;
  return withActor(scope, "programmes.manage", async (tx) => {
    const [row] = await tx.select().from(programmes).where(and(eq(programmes.id, programmeId), eq(programmes.organizationId, organizationId)));
    if (!row) throw new AppError("not_found");
    const programme = { id: row.id, name: row.name, kind: row.kind, responseDays: readMentoringSettings(row.settings).responseDays, status: row.status, signupClosesAt: row.signupClosesAt };
    const [organization] = await tx.select({ topics: organizations.topics }).from(organizations).where(eq(organizations.id, organizationId));
    const [run] = await tx
      .select()
      .from(matchingRuns)
      .where(and(eq(matchingRuns.organizationId, organizationId), eq(matchingRuns.programmeId, programmeId), inArray(matchingRuns.status, ["proposed", "published"])))
      .orderBy(desc(matchingRuns.createdAt))
      .limit(1);
    if (!run) return { programme, topics: organization.topics, run: null, pairs: [], unmatched: [] };
    const rows = await tx.select().from(matches).where(and(eq(matches.runId, run.id), eq(matches.organizationId, organizationId))).orderBy(desc(matches.score));
    const names = await tx
      .select({ id: enrolments.id, name: memberships.name })
      .from(enrolments)
      .innerJoin(memberships, eq(memberships.id, enrolments.membershipId))
      .where(and(eq(enrolments.organizationId, organizationId), eq(enrolments.programmeId, programmeId)));
    const nameOf = new Map(names.map((n) => [n.id, n.name]));
    // Who may take each unmatched mentee by hand: only while the proposal can still be changed.
    const round = run.status === "proposed" && row.kind === "mentoring" ? await loadRoundInput(tx, organizationId, row) : null;
    const candidatesOf = (menteeEnrolmentId: string) =>
      round ? handCandidates(round, rows, menteeEnrolmentId).map((enrolmentId) => ({ enrolmentId, name: nameOf.get(enrolmentId) ?? "" })).sort((a, b) => a.name.localeCompare(b.name)) : [];
    return {
      programme,
      topics: organization.topics,
      run: { id: run.id, status: run.status, figures: run.figures, publishedAt: run.publishedAt },
      pairs: rows.map((m) => ({
        id: m.id,
        mentor: nameOf.get(m.mentorEnrolmentId) ?? "",
        mentee: nameOf.get(m.menteeEnrolmentId) ?? "",
        score: m.score,
        factors: m.explanation as ScoreFactor[],
        pinned: m.pinned,
        status: m.status,
      })),
      unmatched: run.unmatched.map((u) => ({
        enrolmentId: u.menteeEnrolmentId,
        name: nameOf.get(u.menteeEnrolmentId) ?? "",
        reason: u.reason as ProposalView["unmatched"][number]["reason"],
        candidates: candidatesOf(u.menteeEnrolmentId),
      })),
    };
  });
}
