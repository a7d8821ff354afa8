import { z } from "zod";

/**
 * The facts an audit line may show beside its action: counts and roles (not an export's filters), read
 * from the event's `data` by a schema per action. Anything else in `data` (and any content) is never shown.
 * `key` is a message under "insights.audit.facts".
 */
export type AuditFact = { key: string; values: Record<string, string | number> };

const count = z.number().int().nonnegative();
const role = z.enum(["member", "facilitator", "admin"]);

const readers: Record<string, (data: unknown) => AuditFact[]> = {
  "members.importStarted": (data) => {
    const parsed = z.object({ rows: count, skipped: count.optional(), rejected: count.optional() }).safeParse(data);
    if (!parsed.success) return [];
    const { rows, skipped = 0, rejected = 0 } = parsed.data;
    return [
      { key: "importRows", values: { count: rows } },
      ...(rejected > 0 ? [{ key: "importRejected", values: { count: rejected } }] : []),
      ...(skipped > 0 ? [{ key: "importSkipped", values: { count: skipped } }] : []),
    ];
  },
  "member.roleChanged": (data) => {
    const parsed = z.object({ from: role, to: role }).safeParse(data);
    return parsed.success ? [{ key: "roleChanged", values: parsed.data }] : [];
  },
  "codevGroups.published": (data) => {
    const parsed = z.object({ groups: count, participants: count }).safeParse(data);
    return parsed.success ? [{ key: "groupsPublished", values: parsed.data }] : [];
  },
  "programme.groupSizeChanged": (data) => {
    const parsed = z.object({ min: count, max: count }).safeParse(data);
    return parsed.success ? [{ key: "groupSize", values: parsed.data }] : [];
  },
  "organization.settings.updated": (data) => {
    const parsed = z.object({ topics: count }).safeParse(data);
    return parsed.success ? [{ key: "topics", values: { count: parsed.data.topics } }] : [];
  },
};

export function auditFacts(action: string, data: unknown): AuditFact[] {
  return readers[action]?.(data) ?? [];
}
