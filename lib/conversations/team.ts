import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { conversations, memberships } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { toZoned } from "@/lib/scheduling/time/zoned-time";
import { proposedGuideKey } from "./core/conversation-steps";
import { readGuideChoices } from "./guide-choice";
import { teamPageLinked } from "./team-link";
import { guideOption, readSummaries, type ConversationSummary, type GuideOption } from "./summaries";

// A manager's team page: the members whose manager they are (memberships.managerMembershipId), the guides
// for a conversation with one of them, and the conversations held so far; and, for a team member, the
// conversations their manager held with them. Only the two people of a conversation see it here.

export type TeamMember = { membershipId: string; name: string; jobTitle: string | null; invited: boolean };

export type TeamView = {
  team: TeamMember[];
  guides: GuideOption[];
  proposedKey: string;
  /** Conversations the viewer led with their team members, the newest first. */
  led: ConversationSummary[];
  /** Conversations the viewer's managers held with them. */
  withManager: ConversationSummary[];
  /** The viewer's calendar day and clock. */
  today: string;
  timeZone: string;
};

const teamOf = (organizationId: string, managerId: string) =>
  and(eq(memberships.organizationId, organizationId), eq(memberships.managerMembershipId, managerId), ne(memberships.status, "removed"));

export async function getTeamView(scope: MemberScope): Promise<TeamView> {
  return withActor(scope, "conversations.hold", async (tx, actor) => {
    const rows = await tx
      .select({ membershipId: memberships.id, name: memberships.name, jobTitle: memberships.jobTitle, status: memberships.status })
      .from(memberships)
      .where(teamOf(actor.organizationId, actor.membershipId))
      .orderBy(asc(memberships.name), asc(memberships.id));
    const team = rows.map(({ status, ...rest }) => ({ ...rest, invited: status === "invited" }));
    const inTeam = eq(conversations.context, "team");
    return {
      team,
      guides: team.length > 0 ? (await readGuideChoices(tx, actor.organizationId, "team")).map(guideOption) : [],
      proposedKey: proposedGuideKey("team", false),
      led: await readSummaries(tx, actor.organizationId, and(inTeam, eq(conversations.leadMembershipId, actor.membershipId))!, "partner"),
      withManager: await readSummaries(tx, actor.organizationId, and(inTeam, eq(conversations.partnerMembershipId, actor.membershipId))!, "lead"),
      today: toZoned(now(), actor.timeZone).date,
      timeZone: actor.timeZone,
    };
  });
}

/** Whether the navigation links the team page (the rule: team-link.ts; the session reads it for every page). */
export async function hasTeamPage(scope: MemberScope): Promise<boolean> {
  return withActor(scope, "conversations.hold", async (tx, actor) => {
    const [row] = await tx.execute<{ linked: boolean }>(sql`select ${teamPageLinked(sql`${actor.membershipId}::uuid`)} as linked`);
    return row?.linked === true;
  });
}
