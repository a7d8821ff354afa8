import { afterAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { installConsoleRedaction } from "./redact-console";

afterAll(() => closeDb());

describe("console redaction (what Next.js prints of an uncaught page error)", () => {
  it("a failed query's parameters and row values never reach the log", async () => {
    const bio = "Mijn geheime bio Anouk 0612345678";
    // A real failing query: PostgreSQL refuses the value, drizzle wraps the error with "params: …".
    const error = await getDb()
      .execute(sql`select ${bio}::uuid`)
      .then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(String((error as Error).message)).toContain(bio);

    const written: string[] = [];
    const restore = { error: console.error, warn: console.warn };
    // What the console would print: the redaction wraps these, as it wraps the real ones in production.
    console.error = (...args: unknown[]) => void written.push(args.map(String).join(" "));
    console.warn = (...args: unknown[]) => void written.push(args.map(String).join(" "));
    try {
      installConsoleRedaction();
      console.error("⨯ Error in page", error);
      console.warn("Failed query: select $1::uuid\nparams: " + bio);
    } finally {
      Object.assign(console, restore);
    }
    const output = written.join("");
    expect(output).toContain("22P02");
    expect(output).not.toContain(bio);
    expect(output).not.toContain("0612345678");
  });
});
