import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { matchNotes, memberships } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { assertOngoing, withPair, type Pair } from "./access";
import type { AddNoteInput } from "@/lib/mentoring/schemas";

/** A note as the two read it; the author is null once they erased their account. */
export type NoteView = { id: string; body: string; authorName: string | null; mine: boolean; createdAt: Date };

/** Enough for the page; a pair that writes more reads the newest first. */
const NOTES_LIMIT = 200;

export async function readNotes(tx: Tx, pair: Pair): Promise<NoteView[]> {
  const rows = await tx
    .select({ id: matchNotes.id, body: matchNotes.body, authorMembershipId: matchNotes.authorMembershipId, authorName: memberships.name, createdAt: matchNotes.createdAt })
    .from(matchNotes)
    .leftJoin(memberships, and(eq(memberships.id, matchNotes.authorMembershipId), eq(memberships.organizationId, pair.organizationId)))
    .where(and(eq(matchNotes.organizationId, pair.organizationId), eq(matchNotes.matchId, pair.matchId)))
    .orderBy(desc(matchNotes.createdAt), desc(matchNotes.id))
    .limit(NOTES_LIMIT);
  return rows.map(({ authorMembershipId, ...row }) => ({ ...row, mine: authorMembershipId === pair.me.membershipId }));
}

/** Either person of an ongoing pair adds a shared note; only the two of them ever read it. */
export async function addNote(scope: MemberScope, { matchId, body }: AddNoteInput): Promise<{ noteId: string }> {
  return withPair(
    scope,
    matchId,
    async (tx, pair) => {
      assertOngoing(pair);
      const [note] = await tx
        .insert(matchNotes)
        .values({ organizationId: pair.organizationId, matchId: pair.matchId, authorMembershipId: pair.me.membershipId, body })
        .returning({ id: matchNotes.id });
      return { noteId: note.id };
    },
    "share",
  );
}
