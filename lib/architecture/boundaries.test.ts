import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { cruise, type IConfiguration } from "dependency-cruiser";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layer rules bite: deliberate bad imports, linted as if they were files of the repository, fail with
// the rule's message; the same file with allowed imports passes. And a circle through a type-only import is
// found by the circle check that `npm run lint` runs.

const depcruiseConfig = createRequire(import.meta.url)("../../.dependency-cruiser.cjs") as IConfiguration;
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(process.cwd(), filePath) });
  return result.messages.filter((message) => message.ruleId === "no-restricted-imports").map((message) => message.message);
}

describe("the pure-core rule", () => {
  const bad = [
    'import { sql } from "drizzle-orm";',
    'import { getDb } from "@/db/client";',
    'import { headers } from "next/headers";',
    'import "server-only";',
    'import { now } from "@/lib/clock";',
    'import { withActor } from "@/lib/auth/actor";',
    'import { queries } from "../queries";',
  ];

  it.each(bad)("refuses %s in a core", async (line) => {
    const messages = await restrictedImports("lib/scheduling/time/fixture.ts", `${line}\nexport const x = 1;\n`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/pure core/);
  }, 60_000);

  it("lets a core import zod and other cores", async () => {
    const source = ['import { z } from "zod";', 'import { solvePairs } from "@/lib/matching";', 'import { addDays } from "@/lib/scheduling/time/local-date";', 'import { methods } from "@/lib/codevelopment/core/methods";', "export const x = [z, solvePairs, addDays, methods];", ""].join("\n");
    expect(await restrictedImports("lib/mentoring/core/fixture.ts", source)).toEqual([]);
  }, 60_000);

  it("does not hold outside the cores", async () => {
    expect(await restrictedImports("lib/scheduling/fixture.ts", 'import { getDb } from "@/db/client";\nexport const x = getDb;\n')).toEqual([]);
  }, 60_000);
});

describe("the db-below-lib rule", () => {
  it("refuses an import of lib/ from db/", async () => {
    const messages = await restrictedImports("db/schema/fixture.ts", 'import type { Method } from "@/lib/codevelopment/core/method-types";\nexport type X = Method;\n');
    expect(messages).toEqual([expect.stringMatching(/db\/ sits below the domain/)]);
  }, 60_000);
});

describe("the circle check", () => {
  it("finds a circle, type-only imports included", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kring-circle-"));
    fs.mkdirSync(path.join(dir, "lib"));
    fs.writeFileSync(path.join(dir, "lib/a.ts"), 'import type { B } from "./b";\nexport type A = { b?: B };\nexport const a = 1;\n');
    fs.writeFileSync(path.join(dir, "lib/b.ts"), 'import { a } from "./a";\nexport type B = { a: number };\nexport const b = a;\n');
    fs.writeFileSync(path.join(dir, "lib/c.ts"), 'import { b } from "./b";\nexport const c = b;\n');
    try {
      const result = await cruise(["lib"], { validate: true, ruleSet: { forbidden: depcruiseConfig.forbidden }, baseDir: dir, tsPreCompilationDeps: true });
      const output = result.output as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
      const circular = output.summary.violations.filter((violation) => violation.rule.name === "no-circular");
      expect(circular.map((violation) => [violation.from, violation.to].sort().join(" ↔ "))).toEqual(["lib/a.ts ↔ lib/b.ts"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
