import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { closeDb, getDb } from "@/db/client";
import { memberships, organizations, users } from "@/db/schema";
import { testSession } from "@/lib/testing/request-mocks";

/**
 * Probe findings L1/L2, kept honest (issue 14, point 4): every server action of the app, called the way a
 * crafted POST calls it, with generated bad input — NUL and other control characters, strings past every
 * limit, lone surrogates, ids that are not ids, other organisations' ids, files where text belongs, repeated
 * fields. None may end in an exception (an HTTP 500) or the generic "unexpected" error, and no row of either
 * organisation may change. Seeded, so a failure replays; bounded, so it stays fast.
 */
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));

const INPUTS_PER_ACTION = 12;
/** Actions that read no field (a person's own calendar link): any post is a valid one, so rows may change. */
const TAKES_NO_INPUT = new Set(["issueFeedLinkAction", "revokeFeedLinksAction"]);
const SEED = 20261202;
const root = process.cwd();

/** Every "use server" module under app/, with its exported functions. */
function serverActionFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && fs.readFileSync(full, "utf8").trimStart().startsWith('"use server"')) found.push(full);
    }
  };
  walk(path.join(root, "app"));
  return found.sort();
}

/** The names forms post and schemas read, from the app's own code: the fields an action may look at. */
function fieldNames(): string[] {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) {
        const text = fs.readFileSync(full, "utf8");
        for (const m of text.matchAll(/\bname="([A-Za-z][\w[\]]*)"/g)) names.add(m[1]);
        for (const m of text.matchAll(/^\s+([a-z][A-Za-z]*): (?:z\.|[a-z][A-Za-z]*Text\(|requiredText|optionalText)/gm)) names.add(m[1]);
      }
    }
  };
  walk(path.join(root, "app"));
  walk(path.join(root, "lib"));
  return [...names].sort();
}

// Values that no field of Kring accepts. Half of them carry a control character, which the boundary's net
// refuses before any schema runs (lib/auth/action.ts); the other half are clean text past every length limit
// of the app (the longest is 10,000), which only each action's own schema can refuse.
const controlText = fc.constantFrom("text\u0000with a NUL", "\u0000", "bell\u0007", "\u001b[31mescape", "\ud800\u0000", "\u202e\u0000right-to-left");
const tooLong = fc.constantFrom("x".repeat(10_001), `${"é".repeat(5_000)}\ud800${"z".repeat(5_001)}`, "1".repeat(10_001));
const badText = fc.oneof(controlText, tooLong);
const badId = (foreign: string[]) =>
  fc.constantFrom("not-a-uuid", "%ff%fe", "../../etc/passwd", "' or 1=1 --", "00000000-0000-0000-0000-00000000000g", "\u0000", ...foreign);

const isIdField = (name: string) => /(^id$|Id$|Ids$|Id\[\]$|token$)/.test(name);

type Outcome = { kind: "result"; value: unknown } | { kind: "next"; digest: string } | { kind: "thrown"; error: unknown };

async function call(fn: (...args: unknown[]) => Promise<unknown>, args: unknown[]): Promise<Outcome> {
  try {
    return { kind: "result", value: await fn(...args) };
  } catch (error) {
    // redirect(), notFound() and forbidden() end a request as 3xx, 404 and 403: refusals, not crashes.
    const digest = (error as { digest?: unknown })?.digest;
    if (typeof digest === "string" && /^(NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK;(403|404))/.test(digest)) return { kind: "next", digest };
    return { kind: "thrown", error };
  }
}

let orgA: string;
let orgB: string;
let adminA: { userId: string; membershipId: string };
let foreignIds: string[] = [];
let tenantTables: string[] = [];

/** Every row of both organisations (and their people's accounts), as one comparable value. */
async function snapshot(): Promise<string> {
  const parts = tenantTables.map(
    (table) => sql`(select coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from ${sql.identifier(table)} t where t.organization_id in (${orgA}, ${orgB}))`,
  );
  const [row] = await getDb().execute<{ all: string }>(sql`select concat_ws(',', ${sql.join(parts, sql`, `)}) as all`);
  const accounts = await getDb().execute(sql`select u.* from users u join memberships m on m.user_id = u.id where m.organization_id in (${orgA}, ${orgB}) order by u.id`);
  return `${row.all}|${JSON.stringify(Array.from(accounts))}`;
}

beforeAll(async () => {
  const db = getDb();
  const tag = crypto.randomUUID().slice(0, 8);
  [{ id: orgA }, { id: orgB }] = await db
    .insert(organizations)
    .values([{ name: "Fuzz A", slug: `fuzz-a-${tag}` }, { name: "Fuzz B", slug: `fuzz-b-${tag}` }])
    .returning({ id: organizations.id });
  const person = async (organizationId: string, role: "admin" | "member") => {
    const email = `fuzz-${role}-${crypto.randomUUID().slice(0, 8)}@example.org`;
    const [user] = await db.insert(users).values({ email, name: email, currentOrganizationId: organizationId }).returning();
    const [membership] = await db.insert(memberships).values({ organizationId, userId: user.id, email, role, status: "active", name: email }).returning();
    return { userId: user.id, membershipId: membership.id };
  };
  adminA = await person(orgA, "admin");
  const adminB = await person(orgB, "admin");
  const memberB = await person(orgB, "member");
  foreignIds = [orgB, adminB.membershipId, memberB.membershipId, memberB.userId, crypto.randomUUID()];
  const tables = await db.execute<{ table_name: string }>(sql`
    select table_name from information_schema.columns
    where table_schema = 'public' and column_name = 'organization_id' order by table_name`);
  tenantTables = tables.map((t) => t.table_name);
});

afterAll(() => closeDb());

/** The wrappers of lib/auth/action.ts: the only way an action is made (issue 13, point 4). */
const WRAPPERS = ["authorizedAction", "authorizedQuery", "authorizedSearch", "signedInAction", "publicAction"];

describe("every server action is made by one of lib/auth's wrappers", () => {
  it("no export of a \"use server\" file is a hand-written function", () => {
    // asFormAction only adapts a wrapped action to a plain <form action>, so it must hold one.
    const made = new RegExp(`^export const \\w+ = (?:asFormAction\\(\\s*)?(?:${WRAPPERS.join("|")})\\(`);
    const exports = serverActionFiles().flatMap((file) => {
      const text = fs.readFileSync(file, "utf8");
      return [...text.matchAll(/^export (?!type )/gm)].map((m) => {
        const start = text.slice(m.index, m.index + 200);
        return { where: `${path.relative(root, file)}: ${start.split("\n")[0].slice(0, 80)}`, wrapped: made.test(start) };
      });
    });
    expect(exports.length).toBeGreaterThan(70);
    expect(exports.filter((e) => !e.wrapped).map((e) => e.where)).toEqual([]);
  });
});

describe("every server action refuses generated bad input cleanly", () => {
  it("the snapshot sees a changed row (so that 'no row changed' below can fail)", async () => {
    const before = await snapshot();
    await getDb().execute(sql`update memberships set department = 'Changed' where id = ${adminA.membershipId}`);
    expect(await snapshot()).not.toBe(before);
    await getDb().execute(sql`update memberships set department = null where id = ${adminA.membershipId}`);
    expect(await snapshot()).toBe(before);
  });

  it("no exception, no 'unexpected', no row changed", { timeout: 240_000 }, async () => {
    const fields = fieldNames();
    expect(fields.length).toBeGreaterThan(40);
    const files = serverActionFiles();
    let tried = 0;
    const failures: string[] = [];
    testSession.userId = adminA.userId;
    for (const file of files) {
      const exports = (await import(file)) as Record<string, unknown>;
      for (const [name, fn] of Object.entries(exports)) {
        if (typeof fn !== "function") continue;
        const before = await snapshot();
        const inputs = fc.sample(inputFor(fields), { numRuns: INPUTS_PER_ACTION, seed: SEED + tried });
        for (const input of inputs) {
          tried++;
          const args = argumentsFor(name, fn as (...a: unknown[]) => unknown, fields, input);
          const outcome = await call(fn as (...a: unknown[]) => Promise<unknown>, args);
          const where = `${path.relative(root, file)} ${name}`;
          if (outcome.kind === "thrown") failures.push(`${where}: threw ${String((outcome.error as Error)?.message ?? outcome.error).slice(0, 200)}`);
          if (outcome.kind === "result" && (outcome.value as { error?: unknown } | null)?.error === "unexpected") failures.push(`${where}: "unexpected"`);
        }
        if (!TAKES_NO_INPUT.has(name) && (await snapshot()) !== before) failures.push(`${path.relative(root, file)} ${name}: rows changed`);
        // The actor may have erased or switched themselves: every action starts from the same person.
        testSession.userId = adminA.userId;
      }
    }
    console.log(`[fuzz] ${tried} bad inputs to ${files.length} server-action modules; ${failures.length} failures`);
    expect([...new Set(failures)]).toEqual([]);
  });
});

type Input = { text: string; id: string; asFile: boolean; repeat: boolean; only: number | null };

function inputFor(fields: string[]) {
  return fc.record({
    text: badText,
    id: badId(foreignIds),
    asFile: fc.boolean(),
    repeat: fc.boolean(),
    // Sometimes a single field, so that an action is also tried with one bad value and the rest missing.
    only: fc.option(fc.nat({ max: fields.length - 1 }), { nil: null }),
  });
}

function formOf(fields: string[], input: Input): FormData {
  const data = new FormData();
  for (const field of input.only === null ? fields : [fields[input.only]]) {
    const value = isIdField(field) ? input.id : input.text;
    data.append(field, input.asFile && !isIdField(field) ? new File([value], "x.txt", { type: "text/plain" }) : value);
    if (input.repeat) data.append(field, value);
  }
  return data;
}

/** Form actions take (previous state, FormData) or (FormData); the pickers and slot proposals take a value. */
function argumentsFor(name: string, fn: (...a: unknown[]) => unknown, fields: string[], input: Input): unknown[] {
  if (/^(search|propose)/.test(name)) {
    return [input.repeat ? { query: input.text, participantIds: [input.id], durationMinutes: input.text } : input.asFile ? input.id : input.text];
  }
  return fn.length >= 2 ? [null, formOf(fields, input)] : [formOf(fields, input)];
}
