import { redirect } from "next/navigation";
import { uuidParams } from "@/lib/routing/segment";

type Props = { params: Promise<{ id: string; sessionId: string }> };

/** A session's address leads to its case; the case page itself checks that the reader is in the group. */
export default async function SessionPage({ params }: Props) {
  // Only well-formed ids are sent on: a malformed one is the 404 here, not a redirect to another 404.
  const { id, sessionId } = await uuidParams(params);
  redirect(`/groups/${id}/sessions/${sessionId}/case`);
}
