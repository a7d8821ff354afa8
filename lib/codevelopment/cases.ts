import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { codevCases, type CodevCase } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import type { CommentCaseInput, SaveCaseInput } from "./schemas";
import { assertFacilitating, assertWritable, readMemberName, sessionHeader, withGroupSession, type GroupSession, type GroupSessionRef, type SessionHeader } from "./session-access";

export type CaseContent = { title: string; context: string; tried: string; question: string; helpWanted: string };
export type CaseStatus = "none" | "draft" | "ready";

/** The case as one member of the group may see it: the content only once it is theirs to read. */
export type CaseView = {
  header: SessionHeader;
  presenter: { membershipId: string; name: string } | null;
  isPresenter: boolean;
  /** Facilitator (or any member when facilitation rotates): comments on the draft and marks it ready. */
  canReview: boolean;
  canEdit: boolean;
  status: CaseStatus;
  /** Null while the case is being prepared, for everyone but its presenter and its reviewers. */
  content: CaseContent | null;
  /** The reviewer's comment, for the presenter and the reviewers only. */
  comment: string | null;
  readyAt: Date | null;
};

/**
 * The session's case, when it is the current presenter's: after a turn swap the previous presenter's draft
 * is theirs, not the new presenter's, and is neither shown nor kept as the session's case.
 */
export async function readSessionCase(tx: Tx, gs: Pick<GroupSession, "organizationId" | "session">, options: { lock?: boolean } = {}): Promise<CodevCase | null> {
  const query = tx
    .select()
    .from(codevCases)
    .where(and(eq(codevCases.organizationId, gs.organizationId), eq(codevCases.sessionId, gs.session.id)))
    .limit(1);
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row || !gs.session.presenterMembershipId || row.presenterMembershipId !== gs.session.presenterMembershipId) return null;
  return row;
}

/** Whether the actor reads the case's content now: everyone once it is ready, its presenter and reviewers before. */
export function canReadCase(gs: GroupSession, row: CodevCase | null): boolean {
  return row !== null && (row.status === "ready" || gs.isPresenter || gs.canFacilitate);
}

export function caseContentOf(row: CodevCase): CaseContent {
  return { title: row.title, context: row.context, tried: row.tried, question: row.question, helpWanted: row.helpWanted };
}

export async function getCaseView(scope: MemberScope, ref: GroupSessionRef): Promise<CaseView> {
  return withGroupSession(scope, ref, async (tx, gs) => {
    const row = await readSessionCase(tx, gs);
    const presenterId = gs.session.presenterMembershipId;
    const presenterName = await readMemberName(tx, gs.organizationId, presenterId);
    const open = gs.groupStatus === "published" && gs.session.status !== "cancelled" && gs.session.status !== "held";
    const insider = gs.isPresenter || gs.canFacilitate;
    return {
      header: sessionHeader(gs),
      presenter: presenterId && presenterName ? { membershipId: presenterId, name: presenterName } : null,
      isPresenter: gs.isPresenter,
      canReview: gs.canFacilitate && open,
      canEdit: gs.isPresenter && open,
      status: row?.status ?? "none",
      content: row && canReadCase(gs, row) ? caseContentOf(row) : null,
      comment: row && insider ? row.facilitatorComment : null,
      readyAt: row?.readyAt ?? null,
    };
  });
}

/** The presenter writes or rewrites their case; it stays a draft until it is marked ready. */
export async function saveCase(scope: MemberScope, input: SaveCaseInput): Promise<void> {
  await withGroupSession(
    scope,
    input,
    async (tx, gs) => {
      assertWritable(gs);
      if (!gs.isPresenter) throw new AppError("forbidden");
      if (gs.session.status === "held") throw new AppError("conflict", { message: "codevSessions.errors.held" });
      const content = { title: input.title, context: input.context, tried: input.tried, question: input.question, helpWanted: input.helpWanted };
      const existing = await readCaseRow(tx, gs);
      if (!existing) {
        await tx.insert(codevCases).values({ organizationId: gs.organizationId, sessionId: gs.session.id, groupId: gs.groupId, presenterMembershipId: gs.membershipId, ...content });
      } else if (existing.presenterMembershipId === gs.membershipId) {
        await tx
          .update(codevCases)
          .set(content)
          .where(and(eq(codevCases.id, existing.id), eq(codevCases.organizationId, gs.organizationId)));
      } else {
        // A previous presenter's draft (before a turn swap): the new presenter starts over.
        await tx
          .update(codevCases)
          .set({ ...content, presenterMembershipId: gs.membershipId, status: "draft", facilitatorComment: null, readyAt: null })
          .where(and(eq(codevCases.id, existing.id), eq(codevCases.organizationId, gs.organizationId)));
      }
    },
    { lock: true },
  );
}

/** The reviewer's comment on the presenter's case; an empty comment removes it. */
export async function commentCase(scope: MemberScope, input: CommentCaseInput): Promise<void> {
  await withGroupSession(scope, input, async (tx, gs) => {
    assertWritable(gs);
    assertFacilitating(gs);
    const row = await readSessionCase(tx, gs, { lock: true });
    if (!row) throw new AppError("conflict", { message: "codevSessions.errors.noCase" });
    await tx
      .update(codevCases)
      .set({ facilitatorComment: input.comment })
      .where(and(eq(codevCases.id, row.id), eq(codevCases.organizationId, gs.organizationId)));
  });
}

/** The reviewer marks the case ready: from then on the whole group reads it (and is told by email, lib/codevelopment/notices). */
export async function markCaseReady(scope: MemberScope, ref: GroupSessionRef): Promise<void> {
  await withGroupSession(scope, ref, async (tx, gs) => {
    assertWritable(gs);
    assertFacilitating(gs);
    const row = await readSessionCase(tx, gs, { lock: true });
    if (!row) throw new AppError("conflict", { message: "codevSessions.errors.noCase" });
    if (row.status === "ready") return;
    await tx
      .update(codevCases)
      .set({ status: "ready", readyAt: now() })
      .where(and(eq(codevCases.id, row.id), eq(codevCases.organizationId, gs.organizationId), eq(codevCases.status, "draft")));
  });
}

async function readCaseRow(tx: Tx, gs: GroupSession): Promise<CodevCase | null> {
  const [row] = await tx
    .select()
    .from(codevCases)
    .where(and(eq(codevCases.organizationId, gs.organizationId), eq(codevCases.sessionId, gs.session.id)))
    .limit(1)
    .for("update");
  return row ?? null;
}
