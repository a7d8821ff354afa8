import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships, organizations, users } from "@/db/schema";
import { isLocale, type AppLocale } from "@/lib/i18n/config";

/** One of the two people of a conversation, with what its page and its emails need. */
export type ConversationPerson = {
  membershipId: string;
  name: string;
  email: string;
  jobTitle: string | null;
  /** Their own language, else the organisation's default: the emails they get speak it. */
  locale: AppLocale;
  /** Their own zone, else the organisation's. */
  timeZone: string;
  /** A team member who was invited but never signed in still gets the conversation's emails; a removed one does not. */
  reachable: boolean;
};

/** The members among `membershipIds` of this organisation, invited or active (a removed one is left out). */
export async function readConversationPeople(tx: Tx, organizationId: string, membershipIds: readonly string[]): Promise<ConversationPerson[]> {
  if (membershipIds.length === 0) return [];
  const rows = await tx
    .select({
      membershipId: memberships.id,
      name: memberships.name,
      email: memberships.email,
      jobTitle: memberships.jobTitle,
      status: memberships.status,
      memberTimeZone: memberships.timeZone,
      userLocale: users.locale,
      organizationTimeZone: organizations.timeZone,
      organizationLocale: organizations.defaultLocale,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), inArray(memberships.id, [...membershipIds])));
  return rows.map(({ status, memberTimeZone, userLocale, organizationTimeZone, organizationLocale, ...rest }) => ({
    ...rest,
    locale: isLocale(userLocale) ? userLocale : organizationLocale,
    timeZone: memberTimeZone ?? organizationTimeZone,
    reachable: status !== "removed",
  }));
}
