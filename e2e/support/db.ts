import postgres from "postgres";

let sql: postgres.Sql | null = null;

/** The e2e database, for arranging what a test needs and checking what the app wrote. */
export function e2eSql(): postgres.Sql {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the e2e tests through `npm test`");
  const parsed = new URL(url);
  if (!["localhost", "127.0.0.1", "::1"].includes(parsed.hostname)) throw new Error("e2e tests refuse a non-local database");
  sql ??= postgres(url, { max: 2, onnotice: () => {} });
  return sql;
}
