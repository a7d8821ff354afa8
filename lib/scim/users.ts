import "server-only";
import { and, eq, inArray, ne, or, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships } from "@/db/schema";
import { now } from "@/lib/clock";
import { isAppError } from "@/lib/errors";
import { revokeOpenInvitations } from "@/lib/members/issue-invitation";
import { lockActiveAdmins, refuseLastAdmin } from "@/lib/members/roles";
import { lockReportingLines, wouldCloseLoop } from "@/lib/profiles/reporting-lines";
import { isUuid } from "@/lib/validation/uuid";
import { recordScimAudit, type ScimAuditAction } from "./audit";
import { ScimError } from "./core/errors";
import type { ScimMember, ScimUserFields } from "./core/user-resource";
import { checkScimMember, type ScimMemberInput } from "./schemas";
import { columns, memberOf, notFound, userNameIs, visible, type Row, type ScimRun } from "./user-rows";

// The writes behind /Users: provisioning a person, replacing, patching and deleting them, in the tenant
// transaction of ./user-rows.ts (inScimTenant), with the locks the rest of Kring takes on memberships.

/**
 * Provisions a person (POST /Users): a new membership (invited; it becomes active at their first sign-in,
 * SSO picking it up by its address), or a member who had been removed coming back. No invitation email is
 * sent: people provisioned from a directory sign in with single sign-on. A userName or an address that a
 * visible member has is a 409 uniqueness, as Okta expects when a user already exists.
 */
export async function createScimUser(run: ScimRun, fields: ScimUserFields): Promise<ScimMember> {
  const input = checkScimMember(fields);
  const { tx, scope } = run;
  const { organizationId } = scope;
  if (input.managerRef) await lockReportingLines(tx, organizationId);
  const claims = await claimsOn(run, input, null);
  const existing = claims.find((claim) => claim.email === input.email);
  const managerId = input.managerRef ? await resolveManager(tx, organizationId, input.managerRef, existing?.id ?? null) : null;
  const details = detailsOf(input, managerId);
  const status = input.active ? ("invited" as const) : ("removed" as const);
  const scimDeactivatedAt = input.active ? null : now();
  const [row] = existing
    ? // A removed person comes back as a plain member, unlinked until they sign in again (as an invitation does).
      await tx
        .update(memberships)
        .set({ ...details, status, scimDeactivatedAt, userId: null, role: "member" })
        .where(and(eq(memberships.id, existing.id), eq(memberships.organizationId, organizationId)))
        .returning(columns)
    : await tx.insert(memberships).values({ organizationId, ...details, status, scimDeactivatedAt }).returning(columns);
  await audit(run, "scim.memberProvisioned", row.id);
  return memberOf(row as Row);
}

/**
 * The members that stand in the way of this userName and address, locked: a visible one is a 409
 * uniqueness; a hidden one (removed in Kring, or deleted over SCIM) with the address is returned, to come
 * back; a hidden one that still holds the userName lets go of its SCIM identity, so that it can be
 * provisioned anew. One query when nobody is in the way.
 */
async function claimsOn({ tx, scope }: ScimRun, input: ScimMemberInput, selfId: string | null) {
  const { organizationId } = scope;
  const claims = await tx
    .select({ id: memberships.id, email: memberships.email, scimUserName: memberships.scimUserName, status: memberships.status, scimDeactivatedAt: memberships.scimDeactivatedAt })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), selfId ? ne(memberships.id, selfId) : undefined, or(userNameIs(input.userName), eq(memberships.email, input.email))))
    .for("update");
  const isVisible = (claim: (typeof claims)[number]) => claim.status !== "removed" || claim.scimDeactivatedAt !== null;
  const holdsUserName = (claim: (typeof claims)[number]) => (claim.scimUserName ?? claim.email).toLowerCase() === input.userName.toLowerCase();
  for (const claim of claims.filter(isVisible)) {
    if (holdsUserName(claim)) throw new ScimError(409, "uniqueness", "A user with this userName already exists.");
    if (claim.email === input.email) throw new ScimError(409, "uniqueness", 'Another user already has this address (emails[type eq "work"].value).');
  }
  const hiddenHolders = claims.filter((claim) => !isVisible(claim) && claim.scimUserName !== null && holdsUserName(claim));
  if (hiddenHolders.length > 0) {
    await tx
      .update(memberships)
      .set({ scimUserName: null, externalId: null })
      .where(and(eq(memberships.organizationId, organizationId), inArray(memberships.id, hiddenHolders.map((claim) => claim.id))));
  }
  return claims.filter((claim) => !isVisible(claim));
}

/** PUT /Users/{id}: every attribute as sent; what is left out is cleared (RFC 7644 §3.5.1). */
export async function replaceScimUser(run: ScimRun, id: string, fields: ScimUserFields): Promise<ScimMember> {
  const input = checkScimMember(fields);
  const locked = await lockScimUser(run, id, async () => input);
  return writeScimUser(run, locked, input);
}

/**
 * PATCH /Users/{id}: `patch` applies the operations to the member's current resource (scimmy's PatchOp)
 * and gives the fields after it, or null when nothing changes (nothing is written then).
 */
export async function patchScimUser(run: ScimRun, id: string, patch: (member: ScimMember) => Promise<ScimUserFields | null>): Promise<ScimMember> {
  const plan = async (member: ScimMember) => {
    const fields = await patch(member);
    return fields && checkScimMember(fields);
  };
  const locked = await lockScimUser(run, id, plan);
  if (!locked.planned) return memberOf(locked.row);
  return writeScimUser(run, locked, locked.planned);
}

/**
 * DELETE /Users/{id}: Kring keeps the person's row (for other people's history and the figures, as a
 * removal does), ends their access and sessions, and lets go of their SCIM identity: from now on the id
 * answers 404, and the same person can be provisioned again.
 */
export async function deleteScimUser(run: ScimRun, id: string): Promise<void> {
  const { tx, scope } = run;
  const locked = await lockScimUser(run, id, async () => null);
  refuseLastAdminOff(locked, false);
  if (locked.row.status !== "removed") await endAccess(run, locked.row);
  await tx
    .update(memberships)
    .set({ status: "removed", scimDeactivatedAt: null, scimUserName: null, externalId: null })
    .where(and(eq(memberships.id, locked.row.id), eq(memberships.organizationId, scope.organizationId)));
  await audit(run, "scim.memberDeleted", locked.row.id);
}

/** The row as locked, which is the row `planned` was made on (its updatedAt has not moved). */
type Locked = { row: Row; planned: ScimMemberInput | null; activeAdminIds: string[] | null; reportingLinesLocked: boolean };

const changedMeanwhile = () => new ScimError(409, null, "The user changed while this request was handled; send it again.");

/** Whether writing `input` changes the reporting line (a manager to look up, under the lock). */
function changesManager(input: ScimMemberInput | null, row: { managerMembershipId: string | null }): boolean {
  return input !== null && input.managerRef !== null && input.managerRef !== row.managerMembershipId;
}

/**
 * Locks the member's row for the rest of the transaction, after the locks that other writers of
 * memberships take first, in their order: reporting lines (profile, invite, import), then the active admins
 * (removing a member or changing a role, lib/members/roles.ts), then the row. So that SCIM never waits on
 * one of them while holding what it waits for (no deadlock), the change is planned on the row as read
 * unlocked (`plan`: the fields to write, or null), and the row locked must still be that row; if it changed
 * in between, the request is a 409 that the identity provider sends again.
 */
async function lockScimUser(run: ScimRun, id: string, plan: (member: ScimMember) => Promise<ScimMemberInput | null>): Promise<Locked> {
  const { tx, scope } = run;
  if (!isUuid(id)) throw notFound(id);
  const [peek] = await tx.select(columns).from(memberships).where(and(visible(scope.organizationId), eq(memberships.id, id)));
  if (!peek) throw notFound(id);
  const planned = await plan(memberOf(peek as Row));
  const reportingLinesLocked = changesManager(planned, peek);
  if (reportingLinesLocked) await lockReportingLines(tx, scope.organizationId);
  const activeAdminIds = peek.role === "admin" && peek.status === "active" ? await lockActiveAdmins(tx, scope.organizationId) : null;
  const [row] = await tx.select(columns).from(memberships).where(and(visible(scope.organizationId), eq(memberships.id, id))).for("update");
  if (!row) throw notFound(id);
  if (row.updatedAt.getTime() !== peek.updatedAt.getTime() || row.role !== peek.role || row.status !== peek.status) throw changedMeanwhile();
  return { row: row as Row, planned, activeAdminIds, reportingLinesLocked };
}

function refuseLastAdminOff({ row, activeAdminIds }: Locked, active: boolean): void {
  if (active || !activeAdminIds) return;
  try {
    refuseLastAdmin(activeAdminIds, { id: row.id, role: row.role, status: row.status });
  } catch (error) {
    if (isAppError(error)) throw new ScimError(409, null, "This user is the organisation's last active admin in Kring: make someone else admin in Kring first.");
    throw error;
  }
}

async function writeScimUser(run: ScimRun, locked: Locked, input: ScimMemberInput): Promise<ScimMember> {
  const { tx, scope } = run;
  const { organizationId } = scope;
  const { row } = locked;
  refuseLastAdminOff(locked, input.active);
  // The manager is looked up only when it changes, not on every update, under the lock taken above.
  const managerChanged = changesManager(input, row);
  if (managerChanged && !locked.reportingLinesLocked) throw changedMeanwhile();
  const userNameChanged = row.scimUserName === null || input.userName.toLowerCase() !== row.scimUserName.toLowerCase();
  if (userNameChanged || input.email !== row.email) {
    const hidden = await claimsOn(run, input, row.id);
    if (hidden.some((claim) => claim.email === input.email)) throw new ScimError(409, "uniqueness", 'A former member of this organisation has this address (emails[type eq "work"].value).');
  }
  const managerId = managerChanged ? await resolveManager(tx, organizationId, input.managerRef!, row.id) : input.managerRef;
  const wasActive = row.status !== "removed";
  let transition: { status: "invited" | "active" | "removed"; scimDeactivatedAt: Date | null } | null = null;
  if (wasActive && !input.active) {
    await endAccess(run, row);
    transition = { status: "removed", scimDeactivatedAt: now() };
  } else if (!wasActive && input.active) {
    // Switched on again: back as they were, signed-in people active, the others still to sign in.
    transition = { status: row.userId ? "active" : "invited", scimDeactivatedAt: null };
  }
  const [updated] = await tx
    .update(memberships)
    .set({ ...detailsOf(input, managerId), ...(transition ?? {}) })
    .where(and(eq(memberships.id, row.id), eq(memberships.organizationId, organizationId)))
    .returning(columns);
  if (transition) await audit(run, transition.status === "removed" ? "scim.memberDeactivated" : "scim.memberReactivated", row.id);
  return memberOf(updated as Row);
}

function detailsOf(input: ScimMemberInput, managerId: string | null) {
  return {
    email: input.email,
    name: input.name,
    jobTitle: input.jobTitle,
    department: input.department,
    managerMembershipId: managerId,
    externalId: input.externalId,
    scimUserName: input.userName,
    scimName: input.scimName,
  };
}

/**
 * Access ends at once: every request re-reads the memberships, so a removed member is out of this
 * organisation with their next click; their sign-in sessions are ended too, and unused invitations stop
 * working. Nothing they did is deleted: attendance, pairs and groups keep their figures, as a removal does.
 * Auth.js sessions belong to the person, not to one organisation: someone in two organisations signs in
 * again for the other one.
 */
async function endAccess({ tx, scope, signOut }: ScimRun, row: Row): Promise<void> {
  await revokeOpenInvitations(tx, scope.organizationId, [row.id]);
  if (row.userId) signOut.add(row.userId);
}

/**
 * The enterprise extension's `manager.value`: Kring's id of the manager (what Entra ID sends: it resolves
 * the reference to the id we answered when it created the manager), else the manager's externalId (an
 * Okta mapping's value). A manager who is not a member here, is the person themselves, or reports to them
 * is a 400 invalidValue, and nothing is written.
 */
async function resolveManager(tx: Tx, organizationId: string, ref: string, personId: string | null): Promise<string> {
  const matches = await tx
    .select({ id: memberships.id, byId: isUuid(ref) ? sql<boolean>`${memberships.id} = ${ref}::uuid` : sql<boolean>`false` })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), ne(memberships.status, "removed"), isUuid(ref) ? or(eq(memberships.id, ref), eq(memberships.externalId, ref)) : eq(memberships.externalId, ref)))
    .limit(3);
  const chosen = matches.find((m) => m.byId) ?? (matches.length === 1 ? matches[0] : null);
  if (!chosen) {
    throw new ScimError(400, "invalidValue", matches.length > 1 ? "manager.value matches more than one user's externalId." : "manager.value is not a user of this organisation (give the manager's id, or their externalId).");
  }
  if (personId) {
    if (chosen.id === personId) throw new ScimError(400, "invalidValue", "A user cannot be their own manager.");
    const [loop] = await tx.execute<{ closes: boolean }>(sql`select ${wouldCloseLoop(organizationId, personId, chosen.id)} as closes`);
    if (loop?.closes) throw new ScimError(400, "invalidValue", "This manager reports to the user, directly or indirectly.");
  }
  return chosen.id;
}

async function audit({ tx, scope }: ScimRun, action: ScimAuditAction, targetId: string): Promise<void> {
  await recordScimAudit(tx, { organizationId: scope.organizationId, action, targetId, data: { token: scope.tokenId } });
}
