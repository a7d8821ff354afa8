import { and, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  codevActions,
  codevCases,
  codevFeedback,
  codevLearnings,
  conversationActions,
  emailMessages,
  enrolments,
  learningTrackCompletions,
  learningTrackReflections,
  learningTrackSteps,
  matchCheckIns,
  matchNotes,
  meetingParticipants,
  meetings,
  memberships,
  mentoringGoals,
  organizations,
  programmes,
  users,
} from "@/db/schema";

/**
 * Everything Kring keeps about one person, across their organisations (SECURITY.md rule 17): their
 * account, memberships and profiles, enrolments, sessions with attendance, the emails sent to them, and
 * what they wrote themselves in a pair or a group (notes, goals they set, check-ins, cases, actions,
 * learning, feedback), the actions they took on in a guided conversation, the steps of learning tracks they
 * completed and their own reflections there — never what the other people there wrote.
 * Read with the system handle but filtered on this person's own user id and memberships only.
 */
export async function exportPersonalData(userId: string) {
  const db = getDb();
  const [user] = await db
    .select({ name: users.name, email: users.email, locale: users.locale, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return null;
  const own = await db
    .select({
      membershipId: memberships.id,
      organization: organizations.name,
      role: memberships.role,
      status: memberships.status,
      name: memberships.name,
      email: memberships.email,
      jobTitle: memberships.jobTitle,
      department: memberships.department,
      seniority: memberships.seniority,
      languages: memberships.languages,
      timeZone: memberships.timeZone,
      topics: memberships.topics,
      bio: memberships.bio,
      availability: memberships.availability,
      // What an identity provider sent over SCIM (lib/scim): its id for the person, their userName and name parts.
      externalId: memberships.externalId,
      scimUserName: memberships.scimUserName,
      scimName: memberships.scimName,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(memberships.userId, userId));
  const ids = own.map((m) => m.membershipId);
  const [ownEnrolments, ownSessions, emails] = await Promise.all([
    ids.length === 0
      ? []
      : db
          .select({ programme: programmes.name, role: enrolments.role, status: enrolments.status, answers: enrolments.answers, capacity: enrolments.capacity, since: enrolments.createdAt })
          .from(enrolments)
          .innerJoin(programmes, and(eq(programmes.id, enrolments.programmeId), eq(programmes.organizationId, enrolments.organizationId)))
          .where(inArray(enrolments.membershipId, ids)),
    ids.length === 0
      ? []
      : db
          .select({ startsAt: meetings.startsAt, timeZone: meetings.timeZone, status: meetings.status, place: meetings.place, attendance: meetingParticipants.attendance })
          .from(meetingParticipants)
          .innerJoin(meetings, and(eq(meetings.id, meetingParticipants.sessionId), eq(meetings.organizationId, meetingParticipants.organizationId)))
          .where(inArray(meetingParticipants.membershipId, ids))
          .orderBy(desc(meetings.startsAt)),
    user.email
      ? db
          .select({ subject: emailMessages.subject, template: emailMessages.template, status: emailMessages.status, sentAt: emailMessages.sentAt })
          .from(emailMessages)
          .where(eq(emailMessages.toAddress, user.email))
          .orderBy(desc(emailMessages.createdAt))
      : [],
  ]);
  const written = ids.length === 0 ? null : await writtenBy(ids);
  return {
    exportedAt: new Date().toISOString(),
    account: user,
    memberships: own.map(({ membershipId, ...rest }) => ({ id: membershipId, ...rest })),
    enrolments: ownEnrolments,
    sessions: ownSessions,
    emails,
    written: written ?? { notes: [], goals: [], checkIns: [], cases: [], actions: [], learnings: [], feedback: [], conversationActions: [], trackSteps: [], trackReflections: [] },
  };
}

/** The person's own words in pairs and groups, by their memberships. */
async function writtenBy(ids: string[]) {
  const db = getDb();
  const [notes, goals, checkIns, cases, actions, learnings, feedback, ownConversationActions, trackSteps, trackReflections] = await Promise.all([
    db.select({ body: matchNotes.body, createdAt: matchNotes.createdAt }).from(matchNotes).where(inArray(matchNotes.authorMembershipId, ids)),
    db
      .select({ specific: mentoringGoals.specific, measurable: mentoringGoals.measurable, achievable: mentoringGoals.achievable, relevant: mentoringGoals.relevant, dueDate: mentoringGoals.dueDate, status: mentoringGoals.status, progress: mentoringGoals.progress })
      .from(mentoringGoals)
      .where(inArray(mentoringGoals.createdByMembershipId, ids)),
    db.select({ kind: matchCheckIns.kind, goodFit: matchCheckIns.goodFit, text: matchCheckIns.text, createdAt: matchCheckIns.createdAt }).from(matchCheckIns).where(inArray(matchCheckIns.membershipId, ids)),
    db
      .select({ title: codevCases.title, context: codevCases.context, tried: codevCases.tried, question: codevCases.question, helpWanted: codevCases.helpWanted, status: codevCases.status })
      .from(codevCases)
      .where(inArray(codevCases.presenterMembershipId, ids)),
    db.select({ description: codevActions.description, dueDate: codevActions.dueDate, doneAt: codevActions.doneAt }).from(codevActions).where(inArray(codevActions.ownerMembershipId, ids)),
    db.select({ body: codevLearnings.body, createdAt: codevLearnings.createdAt }).from(codevLearnings).where(inArray(codevLearnings.membershipId, ids)),
    db.select({ score: codevFeedback.score, comment: codevFeedback.comment, createdAt: codevFeedback.createdAt }).from(codevFeedback).where(inArray(codevFeedback.membershipId, ids)),
    db
      .select({ description: conversationActions.description, dueDate: conversationActions.dueDate, doneAt: conversationActions.doneAt })
      .from(conversationActions)
      .where(inArray(conversationActions.ownerMembershipId, ids)),
    db
      .select({ step: learningTrackSteps.title, kind: learningTrackSteps.kind, doneAt: learningTrackCompletions.doneAt })
      .from(learningTrackCompletions)
      .innerJoin(learningTrackSteps, eq(learningTrackSteps.id, learningTrackCompletions.stepId))
      .where(inArray(learningTrackCompletions.membershipId, ids)),
    db
      .select({ step: learningTrackSteps.title, body: learningTrackReflections.body, updatedAt: learningTrackReflections.updatedAt })
      .from(learningTrackReflections)
      .innerJoin(learningTrackSteps, eq(learningTrackSteps.id, learningTrackReflections.stepId))
      .where(inArray(learningTrackReflections.membershipId, ids)),
  ]);
  return { notes, goals, checkIns, cases, actions, learnings, feedback, conversationActions: ownConversationActions, trackSteps, trackReflections };
}
