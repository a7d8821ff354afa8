import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "./client";
import { enrolments, memberships, organizations, programmes, scimTokens, users, type MembershipRole } from "./schema";
import { seedDemoTeam } from "./seed-conversations";
import { seedHistory, type SeedHistoryOptions } from "./seed-history";
import { seedDemoTrack } from "./seed-track";
import { createRandom, demoDepartments, demoTopics, firstNames, gridHours, lastNames, timeZones, weekdays } from "./seed-data";

export const DEMO_SLUG = "demo";
export const DEMO_DOMAIN = "demo.kring.test";

type Person = {
  key: string;
  name: string;
  email: string;
  role: MembershipRole;
  department: string;
  jobTitle: string;
  seniority: number;
  managerKey: string | null;
};

function slugName(name: string): string {
  return name.toLowerCase().normalize("NFKD").replace(/[^a-z ]/g, "").trim().replace(/\s+/g, ".");
}

/** The people of the demo organisation and their reporting lines: director → 6 heads → 3 managers → 6 team leads. */
function demoPeople(random: () => number): Person[] {
  const used = new Set<string>();
  const pickName = () => {
    for (;;) {
      const name = `${firstNames[Math.floor(random() * firstNames.length)]} ${lastNames[Math.floor(random() * lastNames.length)]}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
  const person = (key: string, name: string, extra: Omit<Person, "key" | "name" | "email">, email?: string): Person => ({
    key,
    name,
    email: email ?? `${slugName(name)}@${DEMO_DOMAIN}`,
    ...extra,
  });
  const people: Person[] = [
    person("director", pickName(), { role: "member", department: "Operations", jobTitle: "Managing director", seniority: 9, managerKey: null }),
    person("admin", "Lotte Vermeulen", { role: "admin", department: "HR", jobTitle: "L&D lead", seniority: 6, managerKey: null }, `admin@${DEMO_DOMAIN}`),
    person("facilitator-1", "Marco Dierickx", { role: "facilitator", department: "HR", jobTitle: "Intervision facilitator", seniority: 5, managerKey: null }, `facilitator1@${DEMO_DOMAIN}`),
    person("facilitator-2", "Esther Kok", { role: "facilitator", department: "HR", jobTitle: "Learning consultant", seniority: 5, managerKey: null }, `facilitator2@${DEMO_DOMAIN}`),
  ];
  for (const [d, department] of demoDepartments.entries()) {
    const head = `head-${d}`;
    people.push(person(head, pickName(), { role: "member", department, jobTitle: `Head of ${department}`, seniority: 7, managerKey: "director" }));
    for (let m = 0; m < 3; m++) {
      const manager = `manager-${d}-${m}`;
      people.push(person(manager, pickName(), { role: "member", department, jobTitle: "Manager", seniority: 5, managerKey: head }));
      for (let l = 0; l < 2; l++) {
        const key = `lead-${d}-${m}-${l}`;
        const isDemoMember = d === 0 && m === 0 && l === 0;
        people.push(
          isDemoMember
            ? person(key, "Sanne Jansen", { role: "member", department, jobTitle: "Team lead", seniority: 3, managerKey: manager }, `member@${DEMO_DOMAIN}`)
            : person(key, pickName(), { role: "member", department, jobTitle: "Team lead", seniority: 3 + Math.floor(random() * 2), managerKey: manager }),
        );
      }
    }
  }
  // The L&D team reports to the HR head: the admin and facilitators sit in the tree too.
  for (const p of people) if (["admin", "facilitator-1", "facilitator-2"].includes(p.key)) p.managerKey = "head-1";
  return people;
}

function randomAvailability(random: () => number): string[] {
  const slots: string[] = [];
  for (const day of weekdays) {
    if (random() < 0.25) continue;
    const start = 8 + Math.floor(random() * 6);
    const length = 2 + Math.floor(random() * 4);
    for (const h of gridHours) if (h >= start && h < start + length) slots.push(`${day}-${String(h).padStart(2, "0")}`);
  }
  return slots;
}

function pickSome<T>(random: () => number, list: readonly T[], min: number, max: number): T[] {
  const count = min + Math.floor(random() * (max - min + 1));
  return [...list].sort(() => random() - 0.5).slice(0, count);
}

/**
 * Seeds the demo organisation (idempotent: does nothing when it exists). Runs as the owner, in one
 * transaction, so that a failed seed leaves nothing half-written.
 */
export async function seedDemo(db: Database, options: { now?: Date; pairGuides?: SeedHistoryOptions["pairGuides"] } = {}): Promise<{ created: boolean }> {
  const now = options.now ?? new Date();
  const existing = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, DEMO_SLUG)).limit(1);
  if (existing.length > 0) return { created: false };
  const random = createRandom(20261123);
  const people = demoPeople(random);
  await db.transaction(async (tx) => {
    const [org] = await tx
      .insert(organizations)
      .values({ name: "Gemeente Rivierstad", slug: DEMO_SLUG, defaultLocale: "nl", timeZone: "Europe/Amsterdam", topics: demoTopics })
      .returning();
    const userRows = await tx
      .insert(users)
      .values(people.map((p) => ({ name: p.name, email: p.email, emailVerified: now, currentOrganizationId: org.id, locale: random() < 0.2 ? "en" : null })))
      .returning({ id: users.id, email: users.email });
    const userIdByEmail = new Map(userRows.map((u) => [u.email, u.id]));
    const membershipRows = await tx
      .insert(memberships)
      .values(
        people.map((p) => {
          const timeZone = timeZones[Math.floor(random() * timeZones.length)];
          return {
            organizationId: org.id,
            userId: userIdByEmail.get(p.email)!,
            email: p.email,
            role: p.role,
            status: "active" as const,
            name: p.name,
            jobTitle: p.jobTitle,
            department: p.department,
            seniority: p.seniority,
            languages: timeZone === "America/New_York" || random() < 0.15 ? ["en"] : random() < 0.6 ? ["nl", "en"] : ["nl"],
            timeZone,
            topics: pickSome(random, demoTopics.map((t) => t.slug), 2, 4),
            bio: p.key === "director" ? null : `${p.jobTitle} in ${p.department}.`,
            availability: randomAvailability(random),
            // The demo's people came from the municipality's Entra ID over SCIM (lib/scim).
            externalId: p.email.split("@")[0],
            scimUserName: p.email,
          };
        }),
      )
      .returning({ id: memberships.id, email: memberships.email });
    const membershipIdByEmail = new Map(membershipRows.map((m) => [m.email, m.id]));
    const emailByKey = new Map(people.map((p) => [p.key, p.email]));
    for (const p of people) {
      if (!p.managerKey) continue;
      await tx
        .update(memberships)
        .set({ managerMembershipId: membershipIdByEmail.get(emailByKey.get(p.managerKey)!)! })
        .where(eq(memberships.id, membershipIdByEmail.get(p.email)!));
    }
    const day = 24 * 60 * 60 * 1000;
    const [mentoring] = await tx
      .insert(programmes)
      .values({
        organizationId: org.id,
        kind: "mentoring",
        status: "open",
        name: { nl: "Mentorprogramma 2027", en: "Mentoring programme 2027" },
        description: {
          nl: "Ervaren leidinggevenden begeleiden collega's een half jaar lang, één keer per maand.",
          en: "Experienced managers mentor colleagues for six months, once a month.",
        },
        signupOpensAt: new Date(now.getTime() - 7 * day),
        signupClosesAt: new Date(now.getTime() + 21 * day),
        settings: { defaultCapacity: 2, responseDays: 5, matchingMode: "admin" },
      })
      .returning();
    await tx.insert(programmes).values({
      organizationId: org.id,
      kind: "codevelopment",
      status: "open",
      name: { nl: "Intervisiegroepen voorjaar", en: "Co-development groups spring" },
      description: {
        nl: "Groepen van vijf tot zeven leidinggevenden die elkaar elke drie weken helpen met een casus.",
        en: "Groups of five to seven managers who help each other with a case every three weeks.",
      },
      signupOpensAt: new Date(now.getTime() - 3 * day),
      signupClosesAt: new Date(now.getTime() + 28 * day),
      settings: { minGroupSize: 5, maxGroupSize: 7, cadenceWeeks: 3, sessionMinutes: 120, method: "codevelopment" },
    });
    // A few people have already signed up, so that the programme pages are not empty on the first start.
    const seniors = people.filter((p) => p.seniority >= 5 && p.role === "member").slice(0, 4);
    const juniors = people.filter((p) => p.seniority <= 4 && p.key !== "lead-0-0-0").slice(0, 6);
    await tx.insert(enrolments).values([
      ...seniors.map((p) => ({ organizationId: org.id, programmeId: mentoring.id, membershipId: membershipIdByEmail.get(p.email)!, role: "mentor" as const, capacity: 2 })),
      ...juniors.map((p) => ({ organizationId: org.id, programmeId: mentoring.id, membershipId: membershipIdByEmail.get(p.email)!, role: "mentee" as const })),
    ]);
    // A year of programme history (issue 7), so that the insights page shows living charts on the first start.
    await seedHistory(tx, { organizationId: org.id, now, months: 12, extraPeople: 240, departments: demoDepartments, emailDomain: DEMO_DOMAIN, excludeEmails: [`member@${DEMO_DOMAIN}`, `admin@${DEMO_DOMAIN}`], pairGuides: options.pairGuides });
    // The demo member leads a small team of her own: the team page and its conversations (issue 12).
    await seedDemoTeam(tx, {
      organizationId: org.id,
      now,
      managerMembershipId: membershipIdByEmail.get(`member@${DEMO_DOMAIN}`)!,
      adminMembershipId: membershipIdByEmail.get(`admin@${DEMO_DOMAIN}`)!,
      emailDomain: DEMO_DOMAIN,
      department: demoDepartments[0],
    });
    // A learning track on the running co-development programme, so that its participants see their progress.
    await seedDemoTrack(tx, org.id);
    await seedSecondOrganization(tx, userIdByEmail.get(`admin@${DEMO_DOMAIN}`)!, `admin@${DEMO_DOMAIN}`);
    // Organisation settings show a SCIM token that Entra ID used an hour ago. Nobody knows the token itself
    // (only its sha256 is kept, as lib/scim does): an admin who wants to try provisioning makes a new one.
    const secret = randomBytes(32).toString("base64url");
    await tx.insert(scimTokens).values({
      organizationId: org.id,
      tokenHash: createHash("sha256").update(`kscim_${secret}`).digest("hex"),
      prefix: `kscim_${secret.slice(0, 6)}`,
      createdByMembershipId: membershipIdByEmail.get(`admin@${DEMO_DOMAIN}`)!,
      createdAt: new Date(now.getTime() - 3 * day),
      lastUsedAt: new Date(now.getTime() - 60 * 60 * 1000),
    });
  });
  return { created: true };
}

/** A second, small organisation that the demo admin also belongs to, to show switching organisations. */
async function seedSecondOrganization(tx: Parameters<Parameters<Database["transaction"]>[0]>[0], adminUserId: string, adminEmail: string) {
  const [org] = await tx
    .insert(organizations)
    .values({ name: "Zorggroep Noord", slug: "zorggroep-noord", defaultLocale: "nl", timeZone: "Europe/Amsterdam", topics: demoTopics.slice(0, 6) })
    .returning();
  await tx.insert(memberships).values({
    organizationId: org.id,
    userId: adminUserId,
    email: adminEmail,
    role: "member",
    status: "active",
    name: "Lotte Vermeulen",
    department: "Zorg",
    languages: ["nl"],
    timeZone: "Europe/Amsterdam",
  });
}
