import type { MembershipRole } from "@/db/schema";

const everyone = ["member", "facilitator", "admin"] as const satisfies readonly MembershipRole[];
const admins = ["admin"] as const satisfies readonly MembershipRole[];
const facilitatorsAndAdmins = ["facilitator", "admin"] as const satisfies readonly MembershipRole[];

/** Who may do what, in one place (STYLE.md 7). Pages and server actions check through `can`. */
export const permissions = {
  "dashboard.view": everyone,
  "profile.editOwn": everyone,
  "programmes.view": everyone,
  /** See and answer one's own match requests; the data layer limits it to the mentor of that match. */
  "matches.respond": everyone,
  "members.view": admins,
  "members.invite": admins,
  "members.changeRole": admins,
  "organization.settings": admins,
  "programmes.manage": admins,
  /** L&D insights (aggregates only), their CSV export, and the audit log. */
  "insights.view": admins,
  "audit.view": admins,
  "sessions.view": everyone,
  /** Hold a guided conversation (a pair's, or a manager's with a team member); the data layer limits each one to its two people. */
  "conversations.hold": everyone,
  /** Plan, move and cancel sessions and record attendance: facilitators run groups, admins run everything. */
  "sessions.schedule": facilitatorsAndAdmins,
} satisfies Record<string, readonly MembershipRole[]>;

export type Permission = keyof typeof permissions;

export function can(role: MembershipRole, permission: Permission): boolean {
  return (permissions[permission] as readonly MembershipRole[]).includes(role);
}
