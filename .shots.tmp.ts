import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { chromium, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const APP = "http://localhost:3417";
const sql = postgres("postgres://postgres@127.0.0.1:5432/kring_chat_shots", { max: 1 });
const receiverUrl = process.argv[2];

async function session(email: string, locale: "nl" | "en") {
  const [user] = await sql<{ id: string }[]>`select id from users where email = ${email}`;
  await sql`update users set locale = ${locale} where id = ${user.id}`;
  const token = randomBytes(24).toString("hex");
  await sql`insert into sessions (session_token, user_id, expires) values (${token}, ${user.id}, now() + interval '1 day')`;
  return token;
}

async function axe(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  console.log(label, "axe:", bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`));
}

async function main() {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
  const [member] = await sql<{ email: string }[]>`select m.email from memberships m join organizations o on o.id = m.organization_id where o.slug = 'demo' and m.role = 'member' and m.status = 'active' and m.user_id is not null limit 1`;
  for (const locale of ["nl", "en"] as const) {
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: locale === "nl" ? "nl-NL" : "en-GB", timezoneId: "Europe/Amsterdam" });
      await context.addCookies([{ name: "authjs.session-token", value: await session("admin@demo.kring.test", locale), url: APP }]);
      const page = await context.newPage();
      await page.goto(`${APP}/admin/settings`);
      const section = page.locator("section[aria-labelledby=chat-channel-heading]");
      await section.waitFor();
      if (width === 1280 && locale === "nl") {
        // Not connected, then a refused URL, then connected and tested.
        await section.screenshot({ path: `/tmp/chatshots/admin-empty-${locale}-${width}.png` });
        await page.locator("#chat-url").fill("https://hooks.slack.com.evil.example/services/T1/B1/x");
        await page.getByRole("button", { name: /koppelen/i }).first().click();
        await page.locator("#chat-url-error").waitFor();
        await section.screenshot({ path: `/tmp/chatshots/admin-refused-${locale}-${width}.png` });
        await axe(page, "refused");
        await page.locator("#chat-url").fill(receiverUrl);
        await page.getByRole("button", { name: "Kanaal koppelen" }).click();
        await page.getByText("Het kanaal is gekoppeld.").waitFor();
        await page.getByRole("button", { name: "Testbericht sturen" }).waitFor();
        await page.getByRole("button", { name: "Testbericht sturen" }).click();
        await page.getByText("Het testbericht is geplaatst").waitFor();
      }
      await page.reload();
      await section.waitFor();
      await page.screenshot({ path: `/tmp/chatshots/admin-${locale}-${width}.png`, fullPage: true });
      await section.screenshot({ path: `/tmp/chatshots/admin-section-${locale}-${width}.png` });
      if (width === 1280) {
        await page.getByRole("button", { name: locale === "nl" ? "Ontkoppelen" : "Disconnect" }).click();
        await page.locator("dialog").screenshot({ path: `/tmp/chatshots/admin-disconnect-${locale}.png` });
        await axe(page, `dialog ${locale}`);
        await page.keyboard.press("Escape");
        await axe(page, `admin ${locale} ${width}`);
      }
      await context.clearCookies();
      await context.addCookies([{ name: "authjs.session-token", value: await session(member.email, locale), url: APP }]);
      await page.goto(`${APP}/account`);
      await page.locator("section[aria-labelledby=notices-heading]").waitFor();
      await page.locator("section[aria-labelledby=notices-heading]").screenshot({ path: `/tmp/chatshots/account-section-${locale}-${width}.png` });
      await page.screenshot({ path: `/tmp/chatshots/account-${locale}-${width}.png`, fullPage: true });
      if (width === 1280) await axe(page, `account ${locale}`);
      await context.close();
    }
  }
  await browser.close();
  await sql.end();
}
main().catch((e) => { console.error(e); process.exit(1); });
