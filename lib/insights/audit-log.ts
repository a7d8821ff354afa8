import "server-only";
import { sql } from "drizzle-orm";
import type { LocalizedText } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { auditFacts, type AuditFact } from "./audit-facts";

export const AUDIT_PAGE_SIZE = 50;

/**
 * What an audit line is about, by name: a programme's or method's title (both languages), a member's name,
 * an import's file name. Null when the thing is gone (a deleted method) or has no name.
 */
export type AuditSubject = { kind: "localized"; name: LocalizedText } | { kind: "text"; name: string } | null;

/**
 * One line of the audit log as admins read it: who, what, on what, when, with the facts the action's
 * schema allows (counts, roles; lib/insights/audit-facts.ts). Never the rest of `data`, never content.
 */
export type AuditEntry = {
  id: string;
  at: Date;
  actorName: string | null;
  hasActor: boolean;
  action: string;
  targetType: string | null;
  subject: AuditSubject;
  facts: AuditFact[];
};

export type AuditPage = { rows: AuditEntry[]; page: number; pageCount: number; total: number };

type Row = {
  id: string;
  created_at: string;
  actor_name: string | null;
  actor_membership_id: string | null;
  action: string;
  target_type: string | null;
  data: unknown;
  localized_name: LocalizedText | null;
  text_name: string | null;
  total: number;
};

/**
 * The organisation's audit log, newest first, for admins only: one query per page. Subjects are joined by
 * the target's id (a target id that is not a uuid joins nothing, instead of failing the cast).
 */
export async function listAuditEvents(scope: MemberScope, options: { page?: number } = {}): Promise<AuditPage> {
  const page = Math.max(1, Math.floor(options.page ?? 1));
  return withActor(scope, "audit.view", async (tx) => {
    const rows = Array.from(
      await tx.execute<Row>(sql`
        select a.id, a.created_at, nullif(m.name, '—') as actor_name, a.actor_membership_id, a.action, a.target_type, a.data,
          coalesce(p.name, c.method -> 'name', g.guide -> 'name') as localized_name,
          coalesce(nullif(t.name, '—'), i.file_name, a.data ->> 'fileName') as text_name,
          count(*) over () :: int as total
        from audit_events a
        left join memberships m on m.id = a.actor_membership_id and m.organization_id = a.organization_id
        cross join lateral (
          select case when a.target_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then a.target_id :: uuid end as id
        ) target
        left join programmes p on a.target_type = 'programme' and p.id = target.id and p.organization_id = a.organization_id
        left join codev_methods c on a.target_type = 'codev_method' and c.id = target.id and c.organization_id = a.organization_id
        left join conversation_guides g on a.target_type = 'conversation_guide' and g.id = target.id and g.organization_id = a.organization_id
        left join memberships t on a.target_type = 'membership' and t.id = target.id and t.organization_id = a.organization_id
        left join member_imports i on a.target_type = 'member_import' and i.id = target.id and i.organization_id = a.organization_id
        where a.organization_id = ${scope.organizationId}
        order by a.created_at desc, a.id
        limit ${AUDIT_PAGE_SIZE} offset ${(page - 1) * AUDIT_PAGE_SIZE}`),
    );
    const total = rows[0]?.total ?? 0;
    return {
      rows: rows.map((r) => ({
        id: r.id,
        at: new Date(r.created_at),
        actorName: r.actor_name,
        hasActor: r.actor_membership_id !== null,
        action: r.action,
        targetType: r.target_type,
        subject: r.localized_name ? { kind: "localized", name: r.localized_name } : r.text_name ? { kind: "text", name: r.text_name } : null,
        facts: auditFacts(r.action, r.data),
      })),
      page,
      pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
      total,
    };
  });
}
