import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../db/embedded";
import { closeDb, getDb } from "../db/client";
import { runMigrations } from "../db/migrate";
import { seedDemo } from "../db/seed";
import { demoPairGuides } from "../lib/conversations/demo-guides";
import { prepareQueues } from "../lib/jobs/boss";
import { createUniqueDatabase } from "../lib/testing/test-database";

/**
 * `npm test`: unit and integration tests (vitest), a production build, the end-to-end tests (Playwright in
 * Debian's Chromium against `next start`) and the multi-instance test (two `next start` servers and two
 * workers on one database, e2e/multi-instance.test.ts). Each suite gets its own fresh database on
 * DATABASE_URL's server, or on an embedded PostgreSQL when DATABASE_URL is unset; all are dropped after.
 * `npm test -- unit`, `-- e2e` or `-- multi` runs one suite.
 */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

type Counts = { passed: number; failed: number; skipped: number };

function readVitestCounts(file: string): Counts {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const r = JSON.parse(fs.readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numFailedTestSuites: number; numPendingTests: number; numTodoTests: number; success: boolean };
  // A suite whose beforeAll fails reports its tests as skipped, not failed: it counts as a failure here,
  // so that a run cannot end green with a whole suite that never ran.
  const failedSuites = r.numFailedTests === 0 && !r.success ? Math.max(1, r.numFailedTestSuites) : 0;
  return { passed: r.numPassedTests, failed: r.numFailedTests + failedSuites, skipped: r.numPendingTests + r.numTodoTests };
}

function readPlaywrightCounts(file: string): Counts {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const r = JSON.parse(fs.readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped };
}

/** `next build` for the e2e and multi-instance phases, its output in test-results/next-build.log. */
async function buildApp(): Promise<void> {
  const started = Date.now();
  const logFile = "test-results/next-build.log";
  const log = fs.openSync(logFile, "w");
  const code = await new Promise<number>((resolve) => {
    const child = spawn(path.join(process.cwd(), "node_modules/.bin/next"), ["build"], {
      stdio: ["ignore", log, log],
      env: { ...process.env, NODE_ENV: "production", DATABASE_URL: "" },
    });
    child.on("exit", (exitCode) => resolve(exitCode ?? 1));
  });
  fs.closeSync(log);
  if (code !== 0) {
    console.error(fs.readFileSync(logFile, "utf8"));
    throw new Error("next build failed");
  }
  console.log(`[test] next build done in ${Math.round((Date.now() - started) / 1000)} s (${logFile})`);
}

async function main() {
  const bin = (name: string) => path.join(process.cwd(), "node_modules/.bin", name);
  const only = process.argv[2]; // "unit", "e2e" or "multi" to run one suite while working
  let embedded: EmbeddedDatabase | null = null;
  if (!process.env.DATABASE_URL) {
    console.log("[test] no DATABASE_URL: using an embedded PostgreSQL");
    embedded = await startEmbeddedPostgres({ dataDir: path.join(process.cwd(), ".data", "test-postgres"), port: Number(process.env.KRING_TEST_EMBEDDED_PORT ?? 54339), database: "postgres" });
    process.env.DATABASE_URL = embedded.url;
  }
  const server = process.env.DATABASE_URL!;
  fs.mkdirSync("test-results", { recursive: true });
  const totals: Counts = { passed: 0, failed: 0, skipped: 0 };
  const add = (c: Counts) => ((totals.passed += c.passed), (totals.failed += c.failed), (totals.skipped += c.skipped));
  let exitCode = 0;
  try {
    // The build needs no database and the unit tests no build, and much of the unit phase waits on the
    // database and on timers (a killed worker's jobs, retries): the build runs beside it, its output in a
    // file, so that the two reports do not interleave.
    let building: Promise<void> | null = null;
    const build = () => (building ??= buildApp());
    if (only !== "unit" && process.env.KRING_SKIP_BUILD !== "1") build().catch(() => undefined);
    if (only !== "e2e" && only !== "multi") {
      const vitestJson = "test-results/vitest-results.json";
      fs.rmSync(vitestJson, { force: true });
      const code = await run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`]);
      add(readVitestCounts(vitestJson));
      if (code !== 0) exitCode = code;
    }
    if (only !== "unit" && only !== "multi") {
      if (process.env.KRING_SKIP_BUILD !== "1") await build();
      const e2eDb = await createUniqueDatabase(server, "kring_e2e");
      try {
        await runMigrations(e2eDb.url);
        await prepareQueues(e2eDb.url);
        process.env.DATABASE_URL = e2eDb.url;
        await seedDemo(getDb(), { pairGuides: demoPairGuides() });
        await closeDb();
        const e2eJson = "test-results/e2e-results.json";
        fs.rmSync(e2eJson, { force: true });
        // LOG_LEVEL: the server's one line per request and per job (lib/ops/logger.ts) would bury the test
        // report; warnings and errors still show.
        const code = await run(bin("playwright"), ["test", ...process.argv.slice(3)], { ...process.env, E2E_DATABASE_URL: e2eDb.url, DATABASE_URL: "", LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" });
        add(readPlaywrightCounts(e2eJson));
        if (code !== 0) exitCode = code;
      } finally {
        process.env.DATABASE_URL = server;
        await e2eDb.drop();
      }
    }
    if (!only || only === "multi") {
      // Alone, after the build: it starts two app servers and two workers of its own (about two minutes).
      if (process.env.KRING_SKIP_BUILD !== "1") await build();
      const multiJson = "test-results/multi-instance-results.json";
      fs.rmSync(multiJson, { force: true });
      const code = await run(bin("vitest"), ["run", "--config", "e2e/multi-instance.vitest.config.mts", "--reporter=default", "--reporter=json", `--outputFile.json=${multiJson}`], {
        ...process.env,
        DATABASE_URL: server,
      });
      add(readVitestCounts(multiJson));
      if (code !== 0) exitCode = code;
    }
  } finally {
    if (embedded) await embedded.stop();
  }
  console.log(`\ntotal: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
  process.exit(exitCode || (totals.failed > 0 ? 1 : 0));
}

main().catch((error) => {
  console.error("[test]", error);
  process.exit(1);
});
