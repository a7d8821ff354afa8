import { randomBytes } from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { e2eSql } from "./db";

export const APP_URL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

export const DEMO = {
  admin: "admin@demo.kring.test",
  member: "member@demo.kring.test",
  facilitator: "facilitator1@demo.kring.test",
};

/**
 * Reads the link to `pathPart` in the newest email delivered to `to` since `after` that carries one, from
 * that message's page in the outbox, waiting for the worker. The message is picked by its link, not by its
 * time alone: another test's email to the same person (an invitation to a session, a match) may arrive in
 * between, and the newest sign-in link on the address's list could then be an older, used one.
 */
export async function outboxLink(page: Page, to: string, pathPart: string, after?: Date): Promise<string> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const [row] = await e2eSql()<{ id: string }[]>`
      select id from email_messages where to_address = ${to} and status = 'delivered' and created_at >= ${after ?? new Date(0)}
      and position(${pathPart} in coalesce(html, '')) > 0
      order by created_at desc limit 1`;
    if (row) {
      await page.goto(`/dev/outbox/${row.id}`);
      const href = await page.frameLocator("iframe").locator(`a[href*="${pathPart}"]`).first().getAttribute("href");
      if (href) return href;
    }
    await page.waitForTimeout(500);
  }
  throw new Error(`no email with a ${pathPart} link reached ${to}`);
}

/** The newest delivered email of `template` to `to`, once the worker has sent it: polls the database, not a long timeout. */
export async function deliveredEmail(to: string, template: string, after?: Date): Promise<{ id: string; subject: string | null; locale: string }> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const [row] = await e2eSql()<{ id: string; subject: string | null; locale: string }[]>`
      select id, subject, locale from email_messages where to_address = ${to} and template = ${template} and status = 'delivered'
      and created_at >= ${after ?? new Date(0)} order by created_at desc limit 1`;
    if (row) return row;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no ${template} email reached ${to}`);
}

/**
 * Runs `fn` while no other test of the suite, on any worker, signs `email` in by a link: two that did at once
 * would both read the newest link in the outbox (outboxLink), and the second to press its button would find
 * the link used ("Verification"), as profile.spec.ts and sign-in.spec.ts did with the demo member. A lock of
 * the e2e database, held by a transaction of its own, so that it goes with the transaction whatever happens.
 */
export async function withSignInLock<T>(email: string, fn: () => Promise<T>): Promise<T> {
  let result: T;
  await e2eSql().begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtext(${`e2e sign-in link: ${email.trim().toLowerCase()}`}))`;
    result = await fn();
  });
  return result!;
}

/** Signs in the way a person does: ask for a link, open it from the outbox, press the button. */
export async function signInByEmail(page: Page, email: string): Promise<void> {
  await withSignInLock(email, async () => {
    const asked = new Date(Date.now() - 1000);
    await page.goto("/sign-in");
    await page.locator("#email").fill(email);
    await page.locator("main form button[type=submit]").first().click();
    await expect(page).toHaveURL(/\/sign-in\/check-email/);
    const link = await outboxLink(page, email, "/sign-in/confirm", asked);
    await page.goto(link);
    await page.locator("main form button[type=submit]").click();
    await expect(page).toHaveURL(/\/dashboard/);
  });
}

/** A database session for `email`, set as the Auth.js cookie: for tests that are not about signing in. */
export async function signInAs(page: Page, email: string): Promise<void> {
  const token = randomBytes(24).toString("hex");
  const sql = e2eSql();
  const [user] = await sql<{ id: string }[]>`select id from users where email = ${email}`;
  if (!user) throw new Error(`no user ${email}`);
  await sql`insert into sessions (session_token, user_id, expires) values (${token}, ${user.id}, now() + interval '1 day')`;
  await page.context().addCookies([{ name: "authjs.session-token", value: token, url: APP_URL, httpOnly: true, sameSite: "Lax" }]);
}

/**
 * A person of its own in the demo organisation, so that a test can change their language or profile
 * without racing the tests that run beside it.
 */
export async function createDemoPerson(options: { role: "member" | "facilitator" | "admin"; locale: "nl" | "en" | null }): Promise<string> {
  return (await createDemoPersonWithName(options)).email;
}

export async function createDemoPersonWithName(options: { role: "member" | "facilitator" | "admin"; locale: "nl" | "en" | null }): Promise<{ email: string; name: string }> {
  const sql = e2eSql();
  const tag = randomBytes(4).toString("hex");
  const email = `e2e-${options.role}-${tag}@demo.kring.test`;
  const name = `E2E ${options.role} ${tag}`;
  const [user] = await sql<{ id: string }[]>`
    insert into users (id, name, email, email_verified, locale) values (${crypto.randomUUID()}, ${name}, ${email}, now(), ${options.locale}) returning id`;
  const [org] = await sql<{ id: string }[]>`select id from organizations where slug = 'demo'`;
  await sql`
    insert into memberships (organization_id, user_id, email, role, status, name, department, languages, time_zone)
    values (${org.id}, ${user.id}, ${email}, ${options.role}, 'active', ${name}, 'HR', '{nl,en}', 'Europe/Amsterdam')`;
  await sql`update users set current_organization_id = ${org.id} where id = ${user.id}`;
  return { email, name };
}

/** No serious or critical accessibility violation on the current page. */
export async function expectAccessible(page: Page): Promise<void> {
  // Violations only: axe then skips writing up every rule that passed, which was most of a scan's time.
  const results = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
}

/** SECURITY.md rule 18, on a response of ours. */
export function expectSecurityHeaders(headers: Record<string, string>): void {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  // A strict policy (probe finding L5): scripts by this response's nonce only, no inline script or style.
  const directive = (name: string) => csp.split(";").map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? "";
  expect(directive("script-src")).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(directive("script-src")).not.toContain("'unsafe-inline'");
  expect(directive("style-src")).not.toContain("'unsafe-inline'");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBeTruthy();
}

/**
 * Every test fails when a page it opened logged a Content-Security-Policy violation: a blocked script or
 * style is a page that looks or works differently from what the test saw.
 */
export const test = base.extend<{ noCspViolations: void }>({
  noCspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on("console", (message) => {
        if (/content.security.policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
      });
      await use();
      expect(violations, "CSP violations").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
