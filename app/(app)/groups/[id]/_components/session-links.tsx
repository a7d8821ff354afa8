import Link from "next/link";
import type { CaseStatus } from "@/lib/codevelopment/cases";
import type { GroupSessionView } from "@/lib/codevelopment/groups/queries";

export type SessionLinkKey = "prepareCase" | "readCase" | "reviewCase" | "runSession" | "followSession" | "giveFeedback" | "readFeedback";
type SessionLink = { key: SessionLinkKey; page: "case" | "run" | "feedback" };

export type SessionLinkViewer = {
  membershipId: string;
  /** The group's facilitator: reads the group's feedback. */
  isFacilitator: boolean;
  /** Runs sessions and reviews cases: the facilitator, or every member when facilitation rotates. */
  canFacilitate: boolean;
  /** The session now coming up (or under way): the only one whose case the group reads and whose runner it opens. */
  currentSessionId: string | null;
  currentCaseStatus: CaseStatus;
  at: Date;
};

export function isSessionOver(session: GroupSessionView, at: Date): boolean {
  return session.status === "held" || (session.status !== "cancelled" && session.startsAt.getTime() + session.durationMinutes * 60_000 <= at.getTime());
}

/**
 * The session pages that are of use to this viewer now: the presenter prepares their case, the others read
 * it once it is ready (the reviewer while it is a draft), everyone opens the runner of the coming session,
 * and after a session everyone gives feedback (the facilitator reads it).
 */
export function sessionLinksFor(session: GroupSessionView, viewer: SessionLinkViewer): SessionLink[] {
  if (session.status === "cancelled") return [];
  if (isSessionOver(session, viewer.at)) return [{ key: viewer.isFacilitator ? "readFeedback" : "giveFeedback", page: "feedback" }];
  const links: SessionLink[] = [];
  const current = session.id === viewer.currentSessionId;
  if (session.presenterId === viewer.membershipId) links.push({ key: "prepareCase", page: "case" });
  else if (current && viewer.currentCaseStatus === "ready") links.push({ key: "readCase", page: "case" });
  else if (current && viewer.currentCaseStatus === "draft" && viewer.canFacilitate) links.push({ key: "reviewCase", page: "case" });
  if (current) links.push({ key: viewer.canFacilitate ? "runSession" : "followSession", page: "run" });
  return links;
}

type Props = { groupId: string; sessionId: string; links: SessionLink[]; label: (key: SessionLinkKey) => string; describedBy: string };

/** The links of one session on the group page; `describedBy` names the session (its date) for each link. */
export function SessionLinks({ groupId, sessionId, links, label, describedBy }: Props) {
  if (links.length === 0) return null;
  return (
    <div className="mt-3 flex flex-wrap gap-x-5 gap-y-2">
      {links.map((link) => (
        <Link
          key={link.key}
          href={`/groups/${groupId}/sessions/${sessionId}/${link.page}`}
          aria-describedby={describedBy}
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline hover:text-brand-900"
        >
          {label(link.key)}
        </Link>
      ))}
    </div>
  );
}
