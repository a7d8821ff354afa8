import type { Executor } from "./client";
import { conversationActions, conversationAgreements, conversationGuides, conversations, memberships, users } from "./schema";
import type { StoredGuide } from "./schema/json-shapes";

// The demo's guided conversations (issue 12): the demo member, a team lead, gets a team of three (one of
// whom was invited and never signed in, as a team member need not have), the organisation has one guide of
// its own next to the built-in ones, and the team lead held it once with one of her people, so that the
// team page and "from last time" show on a first start. Fixed names and texts, no random draws: the rest of
// the demo stays as it was.

const DAY = 86_400_000;

const both = (nl: string, en: string) => ({ nl, en });

/** The organisation's own guide, written for the demo (the built-in ones live in lib/conversations/core). */
export function demoOnboardingGuide(id: string): StoredGuide {
  return {
    key: `custom:${id}`,
    kind: "oneOnOne",
    name: both("Inwerkgesprek na de eerste maand", "The one-month onboarding check-in"),
    summary: both(
      "Een maand na de start: hoe gaat het, is duidelijk wat er verwacht wordt, en wat heeft het nieuwe teamlid nog nodig?",
      "A month after starting: how is it going, is it clear what is expected, and what does the new team member still need?",
    ),
    steps: [
      {
        key: "looking-back",
        minutes: 10,
        title: both("Terugblik op de eerste weken", "Looking back on the first weeks"),
        prompts: [
          both("Wat ging er beter dan je had verwacht, en wat viel tegen?", "What went better than you expected, and what was disappointing?"),
          both("Bij wie kun je goed terecht, en wie ken je nog niet?", "Who can you easily turn to, and who have you not met yet?"),
        ],
      },
      {
        key: "work",
        minutes: 15,
        title: both("Werk en verwachtingen", "Work and expectations"),
        prompts: [
          both("Is duidelijk wat er de komende drie maanden van je verwacht wordt?", "Is it clear what is expected of you over the next three months?"),
          both("Wat heb je nog nodig om je werk goed te doen: kennis, middelen, tijd?", "What do you still need to do your work well: knowledge, tools, time?"),
        ],
      },
      {
        key: "from-me",
        minutes: 10,
        title: both("Wat jij van mij nodig hebt", "What you need from me"),
        prompts: [
          both("Hoe vaak wil je even bijpraten, en in welke vorm?", "How often would you like to catch up, and in what form?"),
          both("Wat kan ik als leidinggevende anders of beter doen?", "What could I as your manager do differently or better?"),
        ],
      },
    ],
    preparation: both(
      "Je bent nu ongeveer een maand bij ons. In het inwerkgesprek kijken we samen terug en vooruit. Denk vooraf even na over wat goed ging, waar je tegenaan liep en wat je nog nodig hebt. Een paar steekwoorden zijn genoeg.",
      "You have been with us for about a month now. In the onboarding check-in we look back and ahead together. Take a moment beforehand to think about what went well, what you ran into and what you still need. A few keywords are enough.",
    ),
    closing: {
      minutes: 5,
      title: both("Afspraken en acties", "Agreements and actions"),
      prompts: [both("Wat spreken we af tot het volgende gesprek?", "What do we agree until our next conversation?"), both("Wie doet wat, en wanneer?", "Who does what, and by when?")],
    },
  };
}

export type DemoTeamOptions = { organizationId: string; now: Date; managerMembershipId: string; adminMembershipId: string; emailDomain: string; department: string };

export async function seedDemoTeam(tx: Executor, options: DemoTeamOptions): Promise<void> {
  const { organizationId, now, managerMembershipId, emailDomain, department } = options;
  const team = [
    { name: "Mila de Graaf", email: `mila.de.graaf@${emailDomain}`, jobTitle: "Beleidsmedewerker", locale: null, signedIn: true },
    { name: "Ravi Patel", email: `ravi.patel@${emailDomain}`, jobTitle: "Financial analyst", locale: "en", signedIn: true },
    { name: "Tess Hoekstra", email: `tess.hoekstra@${emailDomain}`, jobTitle: "Junior controller", locale: null, signedIn: false },
  ];
  const people = await tx
    .insert(users)
    .values(team.filter((p) => p.signedIn).map((p) => ({ name: p.name, email: p.email, emailVerified: now, currentOrganizationId: organizationId, locale: p.locale })))
    .returning({ id: users.id, email: users.email });
  const userId = new Map(people.map((u) => [u.email, u.id]));
  const members = await tx
    .insert(memberships)
    .values(
      team.map((p) => ({
        organizationId,
        userId: userId.get(p.email) ?? null,
        email: p.email,
        role: "member" as const,
        status: p.signedIn ? ("active" as const) : ("invited" as const),
        name: p.name,
        jobTitle: p.jobTitle,
        department,
        seniority: 2,
        languages: p.locale === "en" ? ["en"] : ["nl", "en"],
        managerMembershipId,
      })),
    )
    .returning({ id: memberships.id, email: memberships.email });
  const mila = members.find((m) => m.email === team[0].email)!.id;

  const guideId = crypto.randomUUID();
  const guide = demoOnboardingGuide(guideId);
  await tx.insert(conversationGuides).values({ id: guideId, organizationId, guide, createdByMembershipId: options.adminMembershipId, createdAt: new Date(now.getTime() - 60 * DAY) });

  const closedAt = new Date(now.getTime() - 14 * DAY);
  const startedAt = new Date(closedAt.getTime() - 45 * 60_000);
  const [held] = await tx
    .insert(conversations)
    .values({
      organizationId,
      context: "team",
      leadMembershipId: managerMembershipId,
      partnerMembershipId: mila,
      guideKey: guide.key,
      guideKind: guide.kind,
      guide,
      status: "closed",
      plannedOn: startedAt.toISOString().slice(0, 10),
      announcedAt: new Date(startedAt.getTime() - 5 * DAY),
      clock: { stepIndex: guide.steps.length, stepStartedAt: closedAt.getTime() - 5 * 60_000, pausedAt: closedAt.getTime(), pausedMs: 0 },
      startedAt,
      closedAt,
      createdAt: new Date(startedAt.getTime() - 5 * DAY),
    })
    .returning({ id: conversations.id });
  await tx.insert(conversationAgreements).values({ organizationId, conversationId: held.id, position: 0, body: "We praten elke twee weken een halfuur bij, op dinsdagochtend." });
  await tx.insert(conversationActions).values([
    { organizationId, conversationId: held.id, position: 0, description: "Kennismaken met de collega's van Inkoop", ownerMembershipId: mila, dueDate: new Date(now.getTime() + 7 * DAY).toISOString().slice(0, 10) },
    { organizationId, conversationId: held.id, position: 1, description: "Toegang tot het rapportagesysteem regelen", ownerMembershipId: managerMembershipId, dueDate: null, doneAt: new Date(closedAt.getTime() + 3 * DAY) },
  ]);
}
