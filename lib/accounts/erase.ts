import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  auditEvents,
  codevActions,
  codevCases,
  codevFeedback,
  codevLearnings,
  codevStepNotes,
  conversationActions,
  emailMessages,
  enrolments,
  invitations,
  learningTrackReflections,
  matchCheckIns,
  matchNotes,
  memberships,
  users,
} from "@/db/schema";
import { AppError } from "@/lib/errors";

/**
 * Erases a person (SECURITY.md rule 17), in one transaction: the account and its sign-ins go, the emails
 * sent to them go, what they wrote in pairs and groups goes, and each membership stays only as an anonymous row (so that attendance figures and other
 * people's history still add up) with every personal field cleared. Refused while the person is the last
 * active admin of an organisation, which would leave it without anyone to run it.
 */
export async function eraseAccount(userId: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId)).for("update");
    if (!user) throw new AppError("not_found");
    const own = await tx
      .select({ id: memberships.id, organizationId: memberships.organizationId, role: memberships.role, status: memberships.status })
      .from(memberships)
      .where(eq(memberships.userId, userId))
      .for("update");
    for (const m of own.filter((row) => row.role === "admin" && row.status === "active")) {
      const [other] = await tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(and(eq(memberships.organizationId, m.organizationId), eq(memberships.role, "admin"), eq(memberships.status, "active"), ne(memberships.id, m.id)))
        .limit(1);
      if (!other) throw new AppError("conflict", { message: "lastAdmin" });
    }
    const ids = own.map((m) => m.id);
    if (ids.length > 0) {
      await tx
        .update(memberships)
        .set({
          userId: null,
          status: "removed",
          name: "—",
          // Unique per organisation and never a real address.
          email: sql`'erased+' || ${memberships.id}::text || '@erased.invalid'`,
          jobTitle: null,
          department: null,
          seniority: null,
          languages: [],
          timeZone: null,
          topics: [],
          bio: null,
          availability: [],
          // The identity provider's link to the person goes too; the row is no SCIM user any more (lib/scim).
          externalId: null,
          scimUserName: null,
          scimName: null,
          scimDeactivatedAt: null,
        })
        .where(inArray(memberships.id, ids));
      await tx.update(enrolments).set({ status: "withdrawn", answers: {} }).where(inArray(enrolments.membershipId, ids));
      // Their own words in pairs and groups go too; what the others wrote stays theirs.
      await tx.delete(matchNotes).where(inArray(matchNotes.authorMembershipId, ids));
      await tx.delete(matchCheckIns).where(inArray(matchCheckIns.membershipId, ids));
      await tx.delete(codevCases).where(inArray(codevCases.presenterMembershipId, ids));
      await tx.delete(codevStepNotes).where(inArray(codevStepNotes.authorMembershipId, ids));
      await tx.delete(codevActions).where(inArray(codevActions.ownerMembershipId, ids));
      await tx.delete(codevLearnings).where(inArray(codevLearnings.membershipId, ids));
      await tx.delete(codevFeedback).where(inArray(codevFeedback.membershipId, ids));
      // The actions they took on in a guided conversation; the other person's, and the agreements, stay theirs.
      await tx.delete(conversationActions).where(inArray(conversationActions.ownerMembershipId, ids));
      // Their reflections on a learning track were theirs alone; the steps they completed stay as anonymous counts.
      await tx.delete(learningTrackReflections).where(inArray(learningTrackReflections.membershipId, ids));
      await tx.insert(auditEvents).values(own.map((m) => ({ organizationId: m.organizationId, action: "account.erased", targetType: "membership", targetId: m.id })));
    }
    if (user.email) {
      await tx.delete(emailMessages).where(eq(emailMessages.toAddress, user.email));
      await tx.delete(invitations).where(eq(invitations.email, user.email));
    }
    // Cascades to the person's sign-ins (sessions) and linked SSO accounts.
    await tx.delete(users).where(eq(users.id, userId));
  });
}
