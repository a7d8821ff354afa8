import { defineConfig } from "vitest/config";
import path from "node:path";

// Named .mts so that vitest never picks up the Playwright specs in e2e/.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts") } },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "emails/**/*.test.ts", "tests/**/*.test.ts"],
    environment: "node",
    globalSetup: ["./tests/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
