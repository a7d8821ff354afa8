import "server-only";
import { sql } from "drizzle-orm";
import { withActor, type MemberScope } from "@/lib/auth/actor";

export const AUDIT_PAGE_SIZE = 50;

/** One line of the audit log as admins read it: who, what, on what kind of thing, when. Never `data`. */
export type AuditEntry = { id: string; at: Date; actorName: string | null; hasActor: boolean; action: string; targetType: string | null };

export type AuditPage = { rows: AuditEntry[]; page: number; pageCount: number; total: number };

type Row = { id: string; created_at: string; actor_name: string | null; actor_membership_id: string | null; action: string; target_type: string | null; total: number };

/** The organisation's audit log, newest first, for admins only: one query per page. */
export async function listAuditEvents(scope: MemberScope, options: { page?: number } = {}): Promise<AuditPage> {
  const page = Math.max(1, Math.floor(options.page ?? 1));
  return withActor(scope, "audit.view", async (tx) => {
    const rows = Array.from(
      await tx.execute<Row>(sql`
        select a.id, a.created_at, m.name as actor_name, a.actor_membership_id, a.action, a.target_type, count(*) over () :: int as total
        from audit_events a left join memberships m on m.id = a.actor_membership_id and m.organization_id = a.organization_id
        where a.organization_id = ${scope.organizationId}
        order by a.created_at desc, a.id
        limit ${AUDIT_PAGE_SIZE} offset ${(page - 1) * AUDIT_PAGE_SIZE}`),
    );
    const total = rows[0]?.total ?? 0;
    return {
      rows: rows.map((r) => ({ id: r.id, at: new Date(r.created_at), actorName: r.actor_name, hasActor: r.actor_membership_id !== null, action: r.action, targetType: r.target_type })),
      page,
      pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
      total,
    };
  });
}
