import { redirect } from "next/navigation";

type Props = { params: Promise<{ id: string; sessionId: string }> };

/** A session's address leads to its case; the case page itself checks that the reader is in the group. */
export default async function SessionPage({ params }: Props) {
  const { id, sessionId } = await params;
  redirect(`/groups/${encodeURIComponent(id)}/sessions/${encodeURIComponent(sessionId)}/case`);
}
