import "server-only";
import type { LocalizedText } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { withPair, type Pair, type PairPerson } from "./access";
import { isFitCheckOpen, readCheckIns } from "./check-ins";
import { candidateSlots, pickSlots, readFirstMeeting, type PairMeeting } from "./first-meeting";
import { readOpenProposal, readPairSessions, type PairProposal, type PairSession } from "./meetings";
import { now } from "@/lib/clock";
import { readGoals, type GoalView } from "./goals";
import { readNotes, type NoteView } from "./notes";

/** A person's summary and contact details as the other person of the pair sees them. */
export type PairPersonView = {
  membershipId: string;
  role: "mentor" | "mentee";
  name: string;
  email: string;
  jobTitle: string | null;
  department: string | null;
  /** The organisation's label for each topic; a topic since removed from the list keeps its slug. */
  topics: { slug: string; label: LocalizedText | null }[];
  languages: string[];
  hasAvailability: boolean;
};

export type PairView = {
  matchId: string;
  status: "accepted" | "ended";
  endedAt: Date | null;
  programmeName: LocalizedText;
  me: PairPersonView;
  other: PairPersonView;
  /** The viewer's clock: every time on the page is shown on it. */
  timeZone: string;
  /** The organisation's clock: the viewer's zone is named when it differs (README, "Times"). */
  organizationTimeZone: string;
  meeting: PairMeeting | null;
  /** Proposed starts (ISO) for the first meeting; empty when there is a meeting or no common time. */
  slots: string[];
  /** How many hours in the next two weeks suit both: the matching explanation's count, by the same function. */
  commonHours: number;
  /** The pair's meetings that were not cancelled: those to come (movable) and those that started (attendance). */
  upcoming: PairSession[];
  past: PairSession[];
  proposal: PairProposal | null;
  goals: GoalView[];
  notes: NoteView[];
  fitCheck: { open: boolean; mine: { goodFit: boolean; text: string | null } | null };
  closing: { mine: string | null; other: string | null };
};

function personView(person: PairPerson, pair: Pair): PairPersonView {
  const labels = new Map(pair.organizationTopics.map((topic) => [topic.slug, topic.label]));
  return {
    membershipId: person.membershipId,
    role: person.role,
    name: person.name,
    email: person.email,
    jobTitle: person.jobTitle,
    department: person.department,
    topics: person.topics.map((slug) => ({ slug, label: labels.get(slug) ?? null })),
    languages: person.languages,
    hasAvailability: person.availability.length > 0,
  };
}

/** Everything the pair's page shows, read in one transaction for one of the two people (else not_found). */
export async function getPairView(scope: MemberScope, matchId: string): Promise<PairView> {
  return withPair(scope, matchId, async (tx, pair) => {
    // One connection per transaction: the reads run one after the other either way.
    const meeting = await readFirstMeeting(tx, pair);
    const sessions = await readPairSessions(tx, pair);
    const proposal = pair.status === "accepted" ? await readOpenProposal(tx, pair) : null;
    const at = now();
    const candidates = candidateSlots(pair, at);
    const goals = await readGoals(tx, pair);
    const notes = await readNotes(tx, pair);
    const checkIns = await readCheckIns(tx, pair);
    const mine = (kind: "fit" | "closing") => checkIns.find((c) => c.kind === kind && c.membershipId === pair.me.membershipId) ?? null;
    const myFit = mine("fit");
    return {
      matchId: pair.matchId,
      status: pair.status,
      endedAt: pair.endedAt,
      programmeName: pair.programmeName,
      me: personView(pair.me, pair),
      other: personView(pair.other, pair),
      timeZone: pair.me.timeZone,
      organizationTimeZone: pair.organizationTimeZone,
      meeting,
      slots: meeting || pair.status !== "accepted" ? [] : pickSlots(candidates, pair.me.timeZone).map((slot) => slot.toISOString()),
      commonHours: candidates.length,
      upcoming: sessions.filter((s) => s.startsAt > at),
      past: sessions.filter((s) => s.startsAt <= at),
      proposal,
      goals,
      notes,
      fitCheck: { open: pair.status === "accepted" && isFitCheckOpen(meeting), mine: myFit ? { goodFit: myFit.goodFit === true, text: myFit.text } : null },
      closing: {
        mine: mine("closing")?.text ?? null,
        other: checkIns.find((c) => c.kind === "closing" && c.membershipId === pair.other.membershipId)?.text ?? null,
      },
    };
  });
}
