import { e2eSql } from "./support/db";
import { expect, test } from "./support/fixtures";

const issuer = `http://localhost:${process.env.E2E_OIDC_PORT ?? 3198}`;

test("single sign-on through an OIDC provider puts the person in the organisation the admin mapped", async ({ page }) => {
  await e2eSql()`update organizations set sso_provider = 'oidc', sso_tenant_id = ${issuer} where slug = 'demo'`;
  const login = `sso-${Date.now()}`;
  await page.goto("/sign-in");
  await page.getByRole("button", { name: /Kring Test SSO/ }).click();
  // oidc-provider's development login and consent pages.
  await page.locator("input[name=login]").fill(login);
  await page.locator("input[name=password]").fill("any");
  await page.locator("button[type=submit]").click();
  const consent = page.locator("button[type=submit]", { hasText: /continue/i });
  if (await consent.isVisible({ timeout: 3000 }).catch(() => false)) await consent.click();
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByText(/Gemeente Rivierstad\./)).toBeVisible();

  // Identified by the provider's subject, not by the address.
  const rows = await e2eSql()`
    select a.provider, a.provider_account_id, m.role, m.status from accounts a
    join users u on u.id = a.user_id join memberships m on m.user_id = u.id
    join organizations o on o.id = m.organization_id and o.slug = 'demo'
    where a.provider = 'oidc' and a.provider_account_id = ${login}`;
  expect(rows).toEqual([{ provider: "oidc", provider_account_id: login, role: "member", status: "active" }]);
});

test("without a mapping, an SSO sign-in is refused and creates no account", async ({ page }) => {
  await e2eSql()`update organizations set sso_provider = null, sso_tenant_id = null where slug = 'demo'`;
  await page.goto("/sign-in");
  await page.getByRole("button", { name: /Kring Test SSO/ }).click();
  const login = `unmapped-${Date.now()}`;
  await page.locator("input[name=login]").fill(login);
  await page.locator("input[name=password]").fill("any");
  await page.locator("button[type=submit]").click();
  const consent = page.locator("button[type=submit]", { hasText: /continue/i });
  if (await consent.isVisible({ timeout: 3000 }).catch(() => false)) await consent.click();
  await expect(page).toHaveURL(/\/sign-in\/error\?error=AccessDenied/);
  const accounts = await e2eSql()`select 1 from accounts where provider = 'oidc' and provider_account_id = ${login}`;
  expect(accounts).toHaveLength(0);
});
