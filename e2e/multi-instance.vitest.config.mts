import path from "node:path";
import { defineConfig } from "vitest/config";

// The multi-instance test (e2e/multi-instance.test.ts): two `next start` servers and two workers on one
// database, driven over HTTP. It needs the production build, so scripts/test.ts runs it in its own phase
// after `next build`, alone (the machine's two cores are its own): neither the vitest phase (before the
// build) nor Playwright (`*.spec.ts`) picks it up. The aliases and the fresh database of vitest.config.mts.
const root = path.resolve(import.meta.dirname, "..");

export default defineConfig({
  root,
  resolve: { alias: { "@": root, "server-only": path.join(root, "lib/testing/server-only-stub.ts") } },
  test: {
    include: ["e2e/multi-instance.test.ts"],
    environment: "node",
    globalSetup: ["./tests/global-setup.ts"],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 240_000,
    hookTimeout: 180_000,
  },
});
