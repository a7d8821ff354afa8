import { afterAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { closeDb, getDb } from "./client";
import { withTenant } from "./tenant";
import { memberships, organizations, programmes } from "./schema";

afterAll(() => closeDb());

describe("row-level security (SECURITY.md rule 3)", () => {
  it("is enabled and forced, with a policy, on every table that has organization_id", async () => {
    const rows = await getDb().execute<{ table_name: string; enabled: boolean; forced: boolean; policies: number }>(sql`
      select c.relname as table_name, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
             (select count(*)::int from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname) as policies
      from information_schema.columns col
      join pg_class c on c.relname = col.table_name
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = col.table_schema
      where col.table_schema = 'public' and col.column_name = 'organization_id' and c.relkind in ('r', 'p')
      order by 1`);
    const tables = Array.from(rows);
    expect(tables.length).toBeGreaterThan(5);
    const missing = tables.filter((t) => !t.enabled || !t.forced || t.policies === 0).map((t) => t.table_name);
    expect(missing).toEqual([]);
  });

  it("the tenant role owns no table and cannot bypass row-level security", async () => {
    const [role] = Array.from(await getDb().execute<{ rolbypassrls: boolean; rolsuper: boolean }>(sql`select rolbypassrls, rolsuper from pg_roles where rolname = 'kring_app'`));
    expect(role).toEqual({ rolbypassrls: false, rolsuper: false });
    const owned = Array.from(await getDb().execute<{ n: number }>(sql`select count(*)::int as n from pg_tables where tableowner = 'kring_app'`));
    expect(owned[0].n).toBe(0);
  });

  it("a tenant transaction sees only its own organisation's rows, even without a WHERE clause", async () => {
    const db = getDb();
    const suffix = crypto.randomUUID().slice(0, 8);
    const [a, b] = await db.insert(organizations).values([{ name: "A", slug: `rls-a-${suffix}` }, { name: "B", slug: `rls-b-${suffix}` }]).returning();
    await db.insert(memberships).values([
      { organizationId: a.id, email: `a-${suffix}@example.org`, name: "In A" },
      { organizationId: b.id, email: `b-${suffix}@example.org`, name: "In B" },
    ]);
    const seen = await withTenant({ organizationId: a.id }, async (tx) => ({
      memberships: (await tx.select().from(memberships)).map((m) => m.organizationId),
      organizations: (await tx.select().from(organizations)).map((o) => o.id),
    }));
    expect(new Set(seen.memberships)).toEqual(new Set([a.id]));
    expect(seen.organizations).toEqual([a.id]);
  });

  it("refuses to write a row into another organisation, and writes nothing", async () => {
    const db = getDb();
    const suffix = crypto.randomUUID().slice(0, 8);
    const [a, b] = await db.insert(organizations).values([{ name: "A", slug: `rls-wa-${suffix}` }, { name: "B", slug: `rls-wb-${suffix}` }]).returning();
    await expect(
      withTenant({ organizationId: a.id }, (tx) =>
        tx.insert(programmes).values({ organizationId: b.id, kind: "mentoring", name: { nl: "x", en: "x" }, description: { nl: "", en: "" } }),
      ),
    ).rejects.toThrow();
    const written = await db.select().from(programmes).where(sql`${programmes.organizationId} = ${b.id}`);
    expect(written).toHaveLength(0);
  });

  it("as the tenant role with no organisation set, nothing is visible", async () => {
    const rows = await getDb().transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', 'kring_app', true)`);
      return tx.select().from(memberships);
    });
    expect(rows).toHaveLength(0);
  });

  it("an organisation that does not exist sees nothing", async () => {
    const rows = await withTenant({ organizationId: "00000000-0000-0000-0000-000000000000" }, (tx) => tx.select().from(memberships));
    expect(rows).toHaveLength(0);
  });
});

describe("the tenant role and sign-in secrets", () => {
  it("cannot read OAuth accounts, sign-in sessions, magic-link tokens or rate limits", async () => {
    for (const table of ["accounts", "sessions", "verification_tokens", "rate_limits"]) {
      await expect(
        getDb().transaction(async (tx) => {
          await tx.execute(sql`select set_config('role', 'kring_app', true)`);
          await tx.execute(sql`select 1 from ${sql.identifier(table)} limit 1`);
        }),
        table,
      ).rejects.toMatchObject({ cause: { code: "42501" } }); // insufficient_privilege
    }
  });
});
