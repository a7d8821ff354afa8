import { and, eq, gt, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "./client";
import {
  codevActions,
  codevCases,
  codevFeedback,
  codevGroupMembers,
  codevGroups,
  codevLearnings,
  conversations,
  enrolments,
  matches,
  matchingRuns,
  meetingParticipants,
  meetingSeries,
  meetings,
  memberships,
  mentorLoads,
  mentoringGoals,
  programmes,
  users,
} from "./schema";
import type { StoredGuide } from "./schema/json-shapes";
import { createRandom, firstNames, lastNames } from "./seed-data";

// A year (or two) of programme history for one organisation: the demo's "living charts" on a first start
// (db/seed.ts) and the insights benchmark's large organisation (scripts/bench-insights.ts). Everything is
// derived from a seeded random generator and `now`, so the same call gives the same history; ids come from
// a second generator seeded with the organisation's id, so that two organisations never share one. Rows
// go in with bulk inserts: the demo seed runs on every first start and in tests.

const DAY = 86_400_000;

export type SeedHistoryOptions = {
  organizationId: string;
  now: Date;
  /** How far back the history goes; every six months starts a mentoring and a co-development cycle. */
  months: number;
  /** People added to the organisation first (the demo's 64 are too few for departments of five or more). */
  extraPeople: number;
  departments: readonly string[];
  emailDomain: string;
  /** People kept out of the history, so that their own pages stay as the tests expect them. */
  excludeEmails?: string[];
  timeZone?: string;
  seed?: number;
  /**
   * The built-in mentoring guides (db/ does not import lib/: the caller passes them): with them, pairs hold
   * a guided conversation at their first meeting and at every other one after, so that the insights' guided
   * conversations have a history too. Chosen without a random draw, so that the rest of the history stays as
   * it was.
   */
  pairGuides?: { first: StoredGuide; checkIn: StoredGuide };
};

export type HistoryCounts = { people: number; programmes: number; matches: number; groups: number; sessions: number; participants: number };

type Person = { id: string; department: string | null; seniority: number; role: string; joinedAt: number };

type Rows = {
  users: (typeof users.$inferInsert)[];
  memberships: (typeof memberships.$inferInsert)[];
  programmes: (typeof programmes.$inferInsert)[];
  enrolments: (typeof enrolments.$inferInsert)[];
  runs: (typeof matchingRuns.$inferInsert)[];
  matches: (typeof matches.$inferInsert)[];
  conversations: (typeof conversations.$inferInsert)[];
  loads: (typeof mentorLoads.$inferInsert)[];
  goals: (typeof mentoringGoals.$inferInsert)[];
  series: (typeof meetingSeries.$inferInsert)[];
  sessions: (typeof meetings.$inferInsert)[];
  participants: (typeof meetingParticipants.$inferInsert)[];
  groups: (typeof codevGroups.$inferInsert)[];
  groupMembers: (typeof codevGroupMembers.$inferInsert)[];
  cases: (typeof codevCases.$inferInsert)[];
  actions: (typeof codevActions.$inferInsert)[];
  learnings: (typeof codevLearnings.$inferInsert)[];
  feedback: (typeof codevFeedback.$inferInsert)[];
};

// --- Dutch texts: cases, actions, learning, feedback and goals as managers would write them. ---

const caseTopics = [
  { title: "Een teamlid dat zich terugtrekt", context: "Een ervaren medewerker zegt in overleggen niets meer en meldt zich vaker ziek.", question: "Hoe kan ik het gesprek aangaan zonder dat het voelt als een verhoor?" },
  { title: "Twee teams die langs elkaar heen werken", context: "Sinds de reorganisatie schuiven twee afdelingen taken naar elkaar door.", question: "Hoe krijg ik beide teamleiders aan tafel met een gezamenlijk doel?" },
  { title: "Feedback aan een oud-collega", context: "Ik ben leidinggevende geworden van mensen met wie ik jaren naast elkaar werkte.", question: "Hoe geef ik duidelijke feedback zonder de goede band te verliezen?" },
  { title: "Werkdruk die niet zakt", context: "Het team draait al maanden overuren en de achterstand blijft gelijk.", question: "Welke keuzes kan ik maken om prioriteiten echt te laten landen?" },
  { title: "Een verandering die niet aanslaat", context: "Het nieuwe zaaksysteem is ingevoerd, maar de helft van het team werkt nog in Excel.", question: "Hoe krijg ik de twijfelaars mee zonder te drammen?" },
  { title: "Hybride werken en verbinding", context: "Mijn team is verspreid over drie locaties en thuis; overleggen voelen vlak.", question: "Hoe houd ik contact met iedereen als ik ze zelden zie?" },
  { title: "Een conflict in het team", context: "Twee medewerkers zijn na een incident niet meer on speaking terms.", question: "Wanneer grijp ik in, en hoe doe ik dat zonder partij te kiezen?" },
  { title: "Nee zeggen tegen de directie", context: "Er komt weer een extra project bij, terwijl de bezetting krap is.", question: "Hoe maak ik de grens bespreekbaar zonder onwillig over te komen?" },
];
const caseTried = ["Ik heb het kort benoemd in een één-op-één, maar het gesprek bleef oppervlakkig.", "Ik heb een teamsessie georganiseerd; daar kwam weinig uit.", "Ik heb het eerst zelf proberen op te lossen door taken over te nemen.", "Ik heb advies gevraagd aan HR en een collega-manager."];
const caseHelp = ["Vragen die mij helpen scherper te zien wat er speelt.", "Ervaringen van anderen met iets vergelijkbaars.", "Concrete eerste stappen voor de komende twee weken.", "Hypotheses over wat hier onder de oppervlakte gebeurt."];
const actionTexts = ["Een open gesprek plannen met de betrokken medewerker", "De prioriteiten op één A4 zetten en delen met het team", "Beide teamleiders uitnodigen voor een gezamenlijke sessie", "Mijn eigen agenda een week lang bijhouden en analyseren", "Terugkoppelen aan de directie wat haalbaar is", "Een vast weekmoment inplannen voor contact met het team", "Om feedback vragen bij twee collega's"];
const learningTexts = ["Dat doorvragen vaak meer oplevert dan meteen een oplossing geven.", "Dat ik niet de enige ben die hiermee worstelt.", "Dat ik eerder grenzen mag aangeven.", "Hoe krachtig het is om eerst naar de feiten te kijken.", "Dat stilte in een gesprek ruimte geeft."];
const feedbackComments = ["Fijne sessie, veel aan de vragen gehad.", "De consultatieronde ging wat snel.", "Goed begeleid, prettige sfeer.", "Volgende keer graag wat meer tijd voor de synthese."];
const goalTexts = [
  { specific: "Een moeilijk gesprek voeren met een teamlid over verzuim", measurable: "Het gesprek is gevoerd en er zijn afspraken vastgelegd", achievable: "Ik bereid het voor met mijn mentor", relevant: "Het verzuim in mijn team is hoog" },
  { specific: "Wekelijks een uur vrijmaken voor strategisch werk", measurable: "Acht weken op rij geblokt en benut", achievable: "Ik schuif één vast overleg door", relevant: "Ik kom nu alleen aan brandjes blussen toe" },
  { specific: "Mijn team betrekken bij de jaarplanning", measurable: "Twee sessies gehouden, plan gedeeld", achievable: "Met steun van de afdelingsmanager", relevant: "Draagvlak voor de plannen is laag" },
  { specific: "Feedback vragen aan drie collega's over mijn stijl", measurable: "Drie gesprekken gevoerd en samengevat", achievable: "Ik plan ze binnen een maand", relevant: "Ik wil groeien als leidinggevende" },
];
const declineReasons = [
  ["noTime", 0.5],
  ["notAGoodFit", 0.2],
  ["conflictOfInterest", 0.08],
  ["other", 0.22],
] as const;

// --- Small helpers. ---

function createIds(organizationId: string): () => string {
  let h = 2166136261;
  for (const ch of organizationId) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  const random = createRandom(h >>> 0);
  const hex = () => Math.floor(random() * 0x10000).toString(16).padStart(4, "0");
  return () => {
    const variant = (8 + Math.floor(random() * 4)).toString(16);
    return `${hex()}${hex()}-${hex()}-4${hex().slice(1)}-${variant}${hex().slice(1)}-${hex()}${hex()}${hex()}`;
  };
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
/** The instant of `hour`:00 on the calendar day of `dayMs` (a UTC midnight) in `timeZone`. */
function localInstant(dayMs: number, hour: number, timeZone: string): Date {
  let format = offsetFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" });
    offsetFormatters.set(timeZone, format);
  }
  const guess = dayMs + hour * 3_600_000;
  const parts = Object.fromEntries(format.formatToParts(new Date(guess)).map((p) => [p.type, Number(p.value)]));
  const offset = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) - guess;
  return new Date(guess - offset);
}

const midnight = (ms: number) => Math.floor(ms / DAY) * DAY;
const plainDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** The next Monday-to-Friday day from `dayMs` on (weekends move to Monday). */
const weekday = (dayMs: number) => dayMs + ({ 0: 1, 6: 2 }[new Date(dayMs).getUTCDay()] ?? 0) * DAY;
const slotDay = (dayMs: number) => ["sun", "mon", "tue", "wed", "thu", "fri", "sat"][new Date(dayMs).getUTCDay()];

/** Inserts in chunks that stay under PostgreSQL's 65,535 parameters per statement. */
async function insertAll<T extends Record<string, unknown>>(db: Executor, table: PgTable, rows: T[]): Promise<void> {
  if (rows.length === 0) return;
  const size = Math.max(1, Math.floor(60_000 / Object.keys(rows[0]).length));
  for (let i = 0; i < rows.length; i += size) await db.insert(table).values(rows.slice(i, i + size) as never);
}

/**
 * Adds the history. Runs inside the caller's transaction (the demo seed's), as the owner: the rows belong
 * to one organisation and are written as they would have been over the months.
 */
export async function seedHistory(db: Executor, options: SeedHistoryOptions): Promise<HistoryCounts> {
  const random = createRandom(options.seed ?? 7_2026);
  const id = createIds(options.organizationId);
  const tz = options.timeZone ?? "Europe/Amsterdam";
  const org = options.organizationId;
  const now = options.now.getTime();
  const cycles = Math.max(1, Math.round(options.months / 6));
  const historyStart = now - cycles * 182 * DAY;
  const rows: Rows = { users: [], memberships: [], programmes: [], enrolments: [], runs: [], matches: [], conversations: [], loads: [], goals: [], series: [], sessions: [], participants: [], groups: [], groupMembers: [], cases: [], actions: [], learnings: [], feedback: [] };
  const chance = (p: number) => random() < p;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const between = (a: number, b: number) => a + random() * (b - a);
  const shuffle = <T>(list: T[]) => {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [list[i], list[j]] = [list[j], list[i]];
    }
    return list;
  };
  let icsCounter = 0;

  // People: the organisation's own (they joined before the history) and the extra ones, some joining later.
  await db.update(memberships).set({ createdAt: new Date(historyStart - 60 * DAY) }).where(and(eq(memberships.organizationId, org), gt(memberships.createdAt, new Date(historyStart - 60 * DAY))));
  // Names stay unique while the name lists last (an admin tells pairs apart by name); emails always are.
  const usedNames = new Set((await db.select({ name: memberships.name }).from(memberships).where(eq(memberships.organizationId, org))).map((m) => m.name));
  for (let i = 0; i < options.extraPeople; i++) {
    let name = `${pick(firstNames)} ${pick(lastNames)}`;
    for (let tries = 0; usedNames.has(name) && tries < 30; tries++) name = `${pick(firstNames)} ${pick(lastNames)}`;
    usedNames.add(name);
    const email = `${name.toLowerCase().normalize("NFKD").replace(/[^a-z ]/g, "").trim().replace(/\s+/g, ".")}.${i + 1}@${options.emailDomain}`;
    const invitedOnly = chance(0.04);
    const userId = invitedOnly ? null : id();
    const joinedAt = chance(0.85) ? between(historyStart - 120 * DAY, historyStart - 30 * DAY) : between(historyStart, now - 14 * DAY);
    if (userId) rows.users.push({ id: userId, name, email, emailVerified: new Date(joinedAt), currentOrganizationId: org, createdAt: new Date(joinedAt) });
    rows.memberships.push({
      id: id(),
      organizationId: org,
      userId,
      email,
      role: chance(0.01) ? "facilitator" : "member",
      status: invitedOnly ? "invited" : "active",
      name,
      jobTitle: pick(["Teamleider", "Manager", "Coördinator", "Afdelingshoofd"]),
      department: pick(options.departments),
      seniority: 2 + Math.floor(random() * 7),
      languages: chance(0.15) ? ["nl", "en"] : ["nl"],
      timeZone: tz,
      createdAt: new Date(joinedAt),
    });
  }
  await insertAll(db, users, rows.users);
  await insertAll(db, memberships, rows.memberships);
  const excluded = new Set(options.excludeEmails ?? []);
  const everyone = await db
    .select({ id: memberships.id, email: memberships.email, department: memberships.department, seniority: memberships.seniority, role: memberships.role, status: memberships.status, createdAt: memberships.createdAt })
    .from(memberships)
    .where(eq(memberships.organizationId, org))
    .orderBy(memberships.email);
  const pool: Person[] = everyone
    .filter((m) => m.status === "active" && !excluded.has(m.email))
    .map((m) => ({ id: m.id, department: m.department, seniority: m.seniority ?? 3, role: m.role, joinedAt: m.createdAt.getTime() }));

  const session = (seriesId: string, startsAt: Date, minutes: number, status: "held" | "cancelled" | "scheduled", presenter: string | null = null) => {
    const sessionId = id();
    rows.sessions.push({ id: sessionId, organizationId: org, seriesId, startsAt, timeZone: tz, durationMinutes: minutes, status, icsUid: `history-${org}-${++icsCounter}@kring`, casePresenterMembershipId: presenter, createdAt: new Date(startsAt.getTime() - 30 * DAY) });
    return sessionId;
  };

  for (let c = 0; c < cycles; c++) {
    const mentoringStart = midnight(now - (cycles - c) * 182 * DAY + 18 * DAY);
    mentoringCycle(mentoringStart);
    codevCycle(mentoringStart + 83 * DAY);
  }

  function mentoringCycle(start: number) {
    const running = start + 7 * 28 * DAY > now;
    const programmeId = id();
    const year = new Date(start).getUTCFullYear();
    const season = new Date(start).getUTCMonth() < 6 ? { nl: "voorjaar", en: "spring" } : { nl: "najaar", en: "autumn" };
    rows.programmes.push({
      id: programmeId,
      organizationId: org,
      kind: "mentoring",
      status: running ? "running" : "closed",
      name: { nl: `Mentorprogramma ${season.nl} ${year}`, en: `Mentoring programme ${season.en} ${year}` },
      description: { nl: "Ervaren leidinggevenden begeleiden collega's een half jaar lang.", en: "Experienced managers mentor colleagues for six months." },
      signupOpensAt: new Date(start - 45 * DAY),
      signupClosesAt: new Date(start - 10 * DAY),
      settings: { defaultCapacity: 2, responseDays: 5, matchingMode: "admin" },
      createdAt: new Date(start - 60 * DAY),
    });
    const eligible = shuffle(pool.filter((p) => p.joinedAt < start - 45 * DAY));
    const menteeCount = Math.max(6, Math.round(pool.length * 0.12));
    const seniors = eligible.filter((p) => p.seniority >= 5);
    const mentors = seniors.slice(0, Math.ceil(menteeCount / 1.6));
    const mentorSet = new Set(mentors.map((m) => m.id));
    const mentees = eligible.filter((p) => !mentorSet.has(p.id)).slice(0, menteeCount);
    const enrol = (person: Person, role: "mentor" | "mentee") => {
      const enrolmentId = id();
      rows.enrolments.push({ id: enrolmentId, organizationId: org, programmeId, membershipId: person.id, role, capacity: role === "mentor" ? (chance(0.6) ? 2 : chance(0.5) ? 1 : 3) : null, createdAt: new Date(between(start - 45 * DAY, start - 10 * DAY)) });
      return enrolmentId;
    };
    const mentorSlots = mentors.map((m) => {
      const enrolmentId = enrol(m, "mentor");
      return { enrolmentId, membershipId: m.id, capacity: rows.enrolments.at(-1)!.capacity ?? 2, accepted: 0 };
    });
    const runId = id();
    const published = start - 3 * DAY;
    rows.runs.push({ id: runId, organizationId: org, programmeId, status: "published", publishedAt: new Date(published), createdAt: new Date(published - DAY), figures: { matched: mentees.length, unmatched: 0, meanScore: 0.74, mentorLoad: { used: mentees.length, capacity: mentorSlots.reduce((n, m) => n + m.capacity, 0) } } });
    const freeMentor = (except?: string) => {
      const free = mentorSlots.filter((m) => m.accepted < m.capacity && m.enrolmentId !== except);
      return free.length > 0 ? free[Math.floor(random() * free.length)] : null;
    };
    const lastSession = start + 6 * 28 * DAY + 14 * DAY;
    mentees.forEach((mentee, index) => {
      const menteeEnrolmentId = enrol(mentee, "mentee");
      const base = { organizationId: org, programmeId, runId, menteeEnrolmentId, explanation: [] };
      let askedAt = published;
      let mentor = freeMentor();
      if (!mentor) return;
      // The latest sign-ups of a running programme are still waiting for an answer.
      if (running && index >= mentees.length - 2) {
        const deadline = index === mentees.length - 1 ? now + 20 * 3_600_000 : now + 4 * DAY;
        rows.matches.push({ ...base, id: id(), mentorEnrolmentId: mentor.enrolmentId, score: 0.7, status: "requested", createdAt: new Date(deadline - 5 * DAY), requestDeadline: new Date(deadline) });
        return;
      }
      const first = random();
      if (first < 0.3) {
        const declined = first < 0.27;
        const answeredAt = askedAt + between(1, 5) * DAY;
        const reason = declined ? pickWeighted(declineReasons) : null;
        rows.matches.push({ ...base, id: id(), mentorEnrolmentId: mentor.enrolmentId, score: Number(between(0.55, 0.85).toFixed(4)), status: declined ? "declined" : "expired", declineReason: reason, createdAt: new Date(askedAt), requestDeadline: new Date(askedAt + 5 * DAY), respondedAt: new Date(answeredAt) });
        askedAt = answeredAt;
        mentor = freeMentor(mentor.enrolmentId);
        if (!mentor || chance(0.15)) return;
      }
      const acceptedAt = askedAt + between(0.5, 4) * DAY;
      mentor.accepted += 1;
      const stalled = running && chance(0.12);
      const endsEarly = chance(0.08);
      const count = stalled ? 2 : endsEarly ? 3 : 7;
      const matchId = id();
      const endedAt = !running || endsEarly ? new Date(Math.min(now - DAY, acceptedAt + (count * 28 + 10) * DAY, lastSession)) : null;
      rows.matches.push({ ...base, id: matchId, mentorEnrolmentId: mentor.enrolmentId, score: Number(between(0.6, 0.95).toFixed(4)), status: endedAt ? "ended" : "accepted", createdAt: new Date(askedAt), requestDeadline: new Date(askedAt + 5 * DAY), respondedAt: new Date(acceptedAt), endedAt });
      if (endedAt) mentor.accepted -= 1;
      pairSessions(matchId, [mentor.membershipId, mentee.id], weekday(midnight(acceptedAt) + Math.floor(between(6, 14)) * DAY), count, endedAt?.getTime() ?? Infinity);
      for (let g = 0; g < (chance(0.5) ? 2 : 1); g++) {
        const text = pick(goalTexts);
        const due = acceptedAt + between(60, 170) * DAY;
        const status = due < now ? (chance(0.75) ? "done" : "dropped") : pick(["notStarted", "onTrack", "onTrack", "atRisk"] as const);
        rows.goals.push({ organizationId: org, matchId, ...text, dueDate: plainDate(due), status, progress: status === "done" ? 100 : status === "notStarted" ? 0 : 20 + Math.floor(random() * 60), createdAt: new Date(acceptedAt + 10 * DAY) });
      }
    });
    if (running) for (const m of mentorSlots) if (m.accepted > 0) rows.loads.push({ mentorEnrolmentId: m.enrolmentId, organizationId: org, acceptedCount: m.accepted, capacity: Math.max(m.capacity, m.accepted) });
  }

  function pickWeighted<K extends string>(options: readonly (readonly [K, number])[]): K {
    let r = random();
    for (const [key, weight] of options) if ((r -= weight) < 0) return key;
    return options[options.length - 1][0];
  }

  function pairSessions(matchId: string, members: string[], firstDay: number, count: number, endedAt: number) {
    const seriesId = id();
    rows.series.push({ id: seriesId, organizationId: org, ownerType: "match", ownerId: matchId, title: "Mentorgesprek", organizerMembershipId: members[0], timeZone: tz, cadenceWeeks: 4, sessionCount: count, firstDate: plainDate(firstDay), startTime: "16:00", durationMinutes: 60, createdAt: new Date(firstDay - 7 * DAY) });
    for (let k = 0; k < count; k++) {
      const startsAt = localInstant(firstDay + k * 28 * DAY, 16, tz);
      if (startsAt.getTime() > endedAt) break;
      const past = startsAt.getTime() < now;
      const status = past ? (chance(0.08) ? "cancelled" : "held") : "scheduled";
      const sessionId = session(seriesId, startsAt, 60, status);
      for (const membershipId of members) rows.participants.push({ organizationId: org, sessionId, membershipId, attendance: status === "held" ? (chance(0.95) ? "attended" : "excused") : "invited" });
      const guides = options.pairGuides;
      // About two pairs in three use a guide, picked by their id rather than by a draw.
      if (guides && status === "held" && k % 2 === 0 && parseInt(matchId.slice(0, 2), 16) % 3 !== 0) {
        const guide = k === 0 ? guides.first : guides.checkIn;
        const closedAt = new Date(startsAt.getTime() + 55 * 60_000);
        rows.conversations.push({
          organizationId: org, context: "pair", matchId, leadMembershipId: members[k % 4 === 0 ? 0 : 1], partnerMembershipId: members[k % 4 === 0 ? 1 : 0],
          guideKey: guide.key, guideKind: guide.kind, guide, status: "closed", plannedOn: plainDate(startsAt.getTime()),
          clock: { stepIndex: guide.steps.length, stepStartedAt: closedAt.getTime() - 5 * 60_000, pausedAt: closedAt.getTime(), pausedMs: 0 },
          startedAt: startsAt, closedAt, createdAt: new Date(startsAt.getTime() - 2 * DAY),
        });
      }
    }
  }

  function codevCycle(start: number) {
    const groupSize = 6;
    const running = start + groupSize * 21 * DAY > now;
    const programmeId = id();
    const year = new Date(start).getUTCFullYear();
    const season = new Date(start).getUTCMonth() < 6 ? { nl: "voorjaar", en: "spring" } : { nl: "najaar", en: "autumn" };
    rows.programmes.push({
      id: programmeId,
      organizationId: org,
      kind: "codevelopment",
      status: running ? "running" : "closed",
      name: { nl: `Intervisie ${season.nl} ${year}`, en: `Co-development ${season.en} ${year}` },
      description: { nl: "Groepen van zes leidinggevenden helpen elkaar elke drie weken met een casus.", en: "Groups of six managers help each other with a case every three weeks." },
      signupOpensAt: new Date(start - 40 * DAY),
      signupClosesAt: new Date(start - 12 * DAY),
      settings: { minGroupSize: 5, maxGroupSize: 7, cadenceWeeks: 3, sessionMinutes: 120, method: "codevelopment" },
      createdAt: new Date(start - 50 * DAY),
    });
    const eligible = shuffle(pool.filter((p) => p.joinedAt < start - 40 * DAY));
    const facilitatorPool = [...eligible.filter((p) => p.role === "facilitator"), ...eligible.filter((p) => p.role !== "facilitator" && p.seniority >= 6)];
    const signups = eligible.filter((p) => p.role !== "facilitator").slice(0, Math.max(12, Math.round(pool.length * 0.16)));
    const groupCount = Math.max(2, Math.floor(signups.length * 0.92 / groupSize));
    const facilitators = facilitatorPool.slice(0, groupCount);
    const taken = new Set(facilitators.map((f) => f.id));
    const participants = signups.filter((p) => !taken.has(p.id));
    const enrolledAt = () => new Date(between(start - 40 * DAY, start - 12 * DAY));
    for (const p of participants) rows.enrolments.push({ organizationId: org, programmeId, membershipId: p.id, role: "participant", status: chance(0.04) ? "withdrawn" : "active", createdAt: enrolledAt() });
    for (const f of facilitators) rows.enrolments.push({ organizationId: org, programmeId, membershipId: f.id, role: "facilitator", createdAt: enrolledAt() });
    const withdrawn = new Set(rows.enrolments.filter((e) => e.programmeId === programmeId && e.status === "withdrawn").map((e) => e.membershipId));
    const placed = participants.filter((p) => !withdrawn.has(p.id)).slice(0, groupCount * groupSize);
    for (let g = 0; g < groupCount; g++) {
      const members = placed.filter((_, i) => i % groupCount === g);
      const facilitator = facilitators[g];
      const groupId = id();
      const seriesId = id();
      const firstDay = weekday(start + (g % 5) * DAY);
      rows.groups.push({ id: groupId, organizationId: org, programmeId, status: running ? "published" : "closed", number: g + 1, language: "nl", slot: `${slotDay(firstDay)}-14`, seriesId, publishedAt: new Date(start - 7 * DAY), createdAt: new Date(start - 9 * DAY) });
      rows.groupMembers.push(...members.map((m) => ({ organizationId: org, groupId, membershipId: m.id, role: "participant" as const, createdAt: new Date(start - 9 * DAY) })));
      if (facilitator) rows.groupMembers.push({ organizationId: org, groupId, membershipId: facilitator.id, role: "facilitator", createdAt: new Date(start - 9 * DAY) });
      rows.series.push({ id: seriesId, organizationId: org, ownerType: "group", ownerId: groupId, title: `Intervisiegroep ${g + 1}`, organizerMembershipId: facilitator?.id ?? null, timeZone: tz, cadenceWeeks: 3, sessionCount: members.length, firstDate: plainDate(firstDay), startTime: "14:00", durationMinutes: 120, createdAt: new Date(start - 7 * DAY) });
      // In the running cycle one group attends poorly: the insights page and the digest should notice.
      const turnout = running && g === groupCount - 1 ? 0.45 : 0.88;
      let nextSeen = false;
      members.forEach((presenter, k) => {
        const startsAt = localInstant(firstDay + k * 21 * DAY, 14, tz);
        const past = startsAt.getTime() < now;
        const status = past ? (chance(0.03) ? "cancelled" : "held") : "scheduled";
        const sessionId = session(seriesId, startsAt, 120, status, presenter.id);
        const everyoneThere = [...members.map((m) => m.id), ...(facilitator ? [facilitator.id] : [])];
        const attended: string[] = [];
        for (const membershipId of everyoneThere) {
          const came = status === "held" && (membershipId === presenter.id || (membershipId === facilitator?.id ? chance(0.97) : chance(turnout)));
          if (came) attended.push(membershipId);
          rows.participants.push({ organizationId: org, sessionId, membershipId, attendance: status !== "held" ? "invited" : came ? "attended" : chance(0.6) ? "excused" : "absent" });
        }
        const isNext = !past && !nextSeen;
        if (!past) nextSeen = true;
        if (status === "held") heldSession(groupId, sessionId, startsAt.getTime(), presenter.id, attended.filter((m) => m !== facilitator?.id));
        // The next session's case is ready in most groups; in the first two it is a draft or missing.
        else if (isNext && status === "scheduled" && g !== 1) caseFor(groupId, sessionId, presenter.id, g === 0 ? "draft" : "ready", startsAt.getTime());
      });
    }
  }

  function caseFor(groupId: string, sessionId: string, presenter: string, status: "draft" | "ready", startsAt: number) {
    const topic = pick(caseTopics);
    rows.cases.push({ organizationId: org, sessionId, groupId, presenterMembershipId: presenter, title: topic.title, context: topic.context, tried: pick(caseTried), question: topic.question, helpWanted: pick(caseHelp), status, readyAt: status === "ready" ? new Date(Math.min(now - 3_600_000, startsAt - 3 * DAY)) : null, createdAt: new Date(Math.min(now - 2 * 3_600_000, startsAt - 7 * DAY)) });
  }

  function heldSession(groupId: string, sessionId: string, startsAt: number, presenter: string, attendees: string[]) {
    caseFor(groupId, sessionId, presenter, "ready", startsAt);
    const dueAt = startsAt + 21 * DAY;
    for (let a = 0; a < 1 + Math.floor(random() * 3); a++) {
      const done = dueAt < now ? chance(0.65) : chance(0.2);
      rows.actions.push({ organizationId: org, sessionId, groupId, ownerMembershipId: presenter, description: pick(actionTexts), dueDate: plainDate(dueAt), doneAt: done ? new Date(Math.min(now - 3_600_000, startsAt + between(3, 20) * DAY)) : null, createdAt: new Date(startsAt + 2 * 3_600_000) });
    }
    for (const membershipId of attendees) {
      const at = new Date(Math.min(now - 60_000, startsAt + 3 * 3_600_000));
      if (chance(0.6)) rows.learnings.push({ organizationId: org, sessionId, membershipId, body: pick(learningTexts), createdAt: at });
      if (chance(0.75)) {
        const score = pickWeighted([["5", 0.35], ["4", 0.4], ["3", 0.18], ["2", 0.05], ["1", 0.02]] as const);
        rows.feedback.push({ organizationId: org, sessionId, membershipId, score: Number(score), comment: chance(0.3) ? pick(feedbackComments) : null, createdAt: at });
      }
    }
  }

  await insertAll(db, programmes, rows.programmes);
  await insertAll(db, enrolments, rows.enrolments);
  await insertAll(db, matchingRuns, rows.runs);
  await insertAll(db, matches, rows.matches);
  await insertAll(db, mentorLoads, rows.loads);
  await insertAll(db, mentoringGoals, rows.goals);
  await insertAll(db, conversations, rows.conversations);
  await insertAll(db, meetingSeries, rows.series);
  await insertAll(db, meetings, rows.sessions);
  await insertAll(db, meetingParticipants, rows.participants);
  await insertAll(db, codevGroups, rows.groups);
  await insertAll(db, codevGroupMembers, rows.groupMembers);
  await insertAll(db, codevCases, rows.cases);
  await insertAll(db, codevActions, rows.actions);
  await insertAll(db, codevLearnings, rows.learnings);
  await insertAll(db, codevFeedback, rows.feedback);
  // Fresh statistics, so that the first insights page after a seed is planned on the real row counts. Inside
  // the seed's transaction ANALYZE samples its own uncommitted rows too.
  await db.execute(sql`analyze memberships, enrolments, matches, meeting_series, meeting_sessions, meeting_participants, codev_groups, codev_group_members, codev_cases, codev_actions, codev_feedback`);
  return { people: rows.memberships.length, programmes: rows.programmes.length, matches: rows.matches.length, groups: rows.groups.length, sessions: rows.sessions.length, participants: rows.participants.length };
}
