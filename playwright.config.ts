import { defineConfig } from "@playwright/test";

// Run through `npm test` (scripts/test.ts), which builds the app and prepares E2E_DATABASE_URL.
const port = Number(process.env.E2E_PORT ?? 3100);
const oidcPort = Number(process.env.E2E_OIDC_PORT ?? 3198);
const baseURL = `http://localhost:${port}`;
const databaseUrl = process.env.E2E_DATABASE_URL ?? "";

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  use: {
    baseURL,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    // A failed test keeps its trace of actions, console and network; DOM snapshots and screenshots of every
    // step in every context cost more CPU than the 2-core machine has to spare while two workers run.
    trace: { mode: "retain-on-failure", snapshots: false, screenshots: false },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: [
    {
      command: "node_modules/.bin/tsx e2e/support/oidc-server.ts",
      url: `http://localhost:${oidcPort}/.well-known/openid-configuration`,
      env: { E2E_OIDC_PORT: String(oidcPort), E2E_APP_URL: baseURL },
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      command: `node_modules/.bin/next start --port ${port}`,
      url: `${baseURL}/sign-in`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: {
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: "e2e-secret-not-for-production-0123456789abcdef",
        AUTH_URL: baseURL,
        KRING_INLINE_WORKER: "1",
        KRING_DEV_OUTBOX: "1",
        KRING_ALLOW_TEST_CLOCK: "1",
        AUTH_OIDC_ISSUER: `http://localhost:${oidcPort}`,
        AUTH_OIDC_ID: "kring-e2e",
        AUTH_OIDC_SECRET: "kring-e2e-secret",
        AUTH_OIDC_NAME: "Kring Test SSO",
      },
      stdout: "pipe",
    },
  ],
});
