import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { emailMessages, memberships, organizations, users, type MembershipRole } from "@/db/schema";
import { renderStoredEmail } from "@/lib/registry/email-templates";
import type { RenderedEmail } from "@/lib/email/render";
import type { MemberScope } from "@/lib/auth/actor";

export type ScheduledPerson = { membershipId: string; email: string; name: string; scope: MemberScope };

type PersonSpec = { role: MembershipRole; timeZone: string | null; locale: "nl" | "en" | null };

/** An organisation (Dutch by default, in Amsterdam) with people in several zones and languages. */
export async function createSchedulingWorld() {
  const tag = randomBytes(5).toString("hex");
  const [org] = await getDb().insert(organizations).values({ name: `Sched ${tag}`, slug: `sched-${tag}`, defaultLocale: "nl", timeZone: "Europe/Amsterdam" }).returning();
  const add = async (key: string, spec: PersonSpec, organizationId = org.id): Promise<ScheduledPerson> => {
    const email = `${key}-${tag}@example.test`;
    const name = `${key} ${tag}`;
    const [user] = await getDb().insert(users).values({ email, name, locale: spec.locale, currentOrganizationId: organizationId }).returning({ id: users.id });
    const [m] = await getDb()
      .insert(memberships)
      .values({ organizationId, userId: user.id, email, name, role: spec.role, status: "active", timeZone: spec.timeZone })
      .returning({ id: memberships.id });
    return { membershipId: m.id, email, name, scope: { organizationId, actorMembershipId: m.id, userId: user.id } };
  };
  const [other] = await getDb().insert(organizations).values({ name: `Other ${tag}`, slug: `other-${tag}` }).returning();
  return {
    organizationId: org.id,
    otherOrganizationId: other.id,
    admin: await add("admin", { role: "admin", timeZone: null, locale: null }),
    facilitator: await add("facilitator", { role: "facilitator", timeZone: "Europe/Amsterdam", locale: "nl" }),
    otherFacilitator: await add("facilitator2", { role: "facilitator", timeZone: "Europe/Amsterdam", locale: "nl" }),
    ams: await add("ams", { role: "member", timeZone: "Europe/Amsterdam", locale: null }),
    lon: await add("lon", { role: "member", timeZone: "Europe/London", locale: "en" }),
    nyc: await add("nyc", { role: "member", timeZone: "America/New_York", locale: "en" }),
    outsider: await add("outsider", { role: "admin", timeZone: null, locale: "en" }, other.id),
  };
}

export type SchedulingWorld = Awaited<ReturnType<typeof createSchedulingWorld>>;

/** The emails of one template written for an organisation, rendered as the worker would render them. */
export async function renderedEmails(organizationId: string, template: string): Promise<(RenderedEmail & { to: string; locale: string; idempotencyKey: string })[]> {
  const rows = await getDb()
    .select()
    .from(emailMessages)
    .where(sql`${emailMessages.organizationId} = ${organizationId} and ${emailMessages.template} = ${template}`)
    .orderBy(emailMessages.toAddress, emailMessages.createdAt);
  return Promise.all(rows.map(async (row) => ({ ...(await renderStoredEmail(row)), to: row.toAddress, locale: row.locale, idempotencyKey: row.idempotencyKey })));
}

/** The reminder jobs queued for a session, as pg-boss stores them. */
export async function reminderJobs(sessionId: string): Promise<{ id: string; startAfter: Date; data: { startsAt: string; sessionId: string; organizationId: string } }[]> {
  const rows = await getDb().execute<{ id: string; start_after: Date; data: { startsAt: string; sessionId: string; organizationId: string } }>(
    sql`select id, start_after, data from pgboss.job where name = 'session.remind' and data->>'sessionId' = ${sessionId} order by start_after`,
  );
  return Array.from(rows).map((r) => ({ id: r.id, startAfter: new Date(r.start_after), data: r.data }));
}
