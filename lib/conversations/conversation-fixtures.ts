import { eq, inArray, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { conversationActions, conversationAgreements, conversations, emailMessages } from "@/db/schema";

// Test helpers for the guided conversations' integration tests: posting a form the way a browser does,
// reading the conversation an action redirected to, and everything an action could change as one value.

export function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

/** The conversation a start action redirected to (Next's redirect is thrown, its target in the digest). */
export async function redirectedTo(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    const id = digest.match(/\/conversations\/([0-9a-f-]{36})/)?.[1];
    if (id) return id;
    throw error;
  }
  throw new Error("the action did not redirect");
}

/** The conversations of these people with their records, and the organisation's emails: what an action could change. */
export async function conversationSnapshot(organizationId: string, membershipIds: string[]): Promise<string> {
  const db = getDb();
  const rows = await db
    .select()
    .from(conversations)
    .where(or(inArray(conversations.leadMembershipId, membershipIds), inArray(conversations.partnerMembershipId, membershipIds)))
    .orderBy(conversations.id);
  const ids = rows.map((r) => r.id);
  return JSON.stringify([
    rows,
    ids.length ? await db.select().from(conversationAgreements).where(inArray(conversationAgreements.conversationId, ids)).orderBy(conversationAgreements.id) : [],
    ids.length ? await db.select().from(conversationActions).where(inArray(conversationActions.conversationId, ids)).orderBy(conversationActions.id) : [],
    await db.select({ id: emailMessages.id }).from(emailMessages).where(eq(emailMessages.organizationId, organizationId)).orderBy(emailMessages.id),
  ]);
}

/** The emails of one template written to one address, oldest first. */
export async function emailsTo(to: string, template: string) {
  return getDb()
    .select({ locale: emailMessages.locale, props: emailMessages.props })
    .from(emailMessages)
    .where(sql`${emailMessages.toAddress} = ${to} and ${emailMessages.template} = ${template}`)
    .orderBy(emailMessages.createdAt);
}
