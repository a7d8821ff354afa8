import "server-only";
import { and, desc, eq, isNull, lt, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { memberships, scimTokens } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { hashSecretToken, isSecretTokenShape, randomSecretToken } from "@/lib/security/secret-token";
import { recordScimAudit } from "./audit";

/** Tells a Kring SCIM token apart in a password manager or a leaked log (as GitHub's ghp_ does). */
export const SCIM_TOKEN_PREFIX = "kscim_";
/** What the settings page shows of a token: the marker and six random characters. */
const SHOWN_CHARACTERS = SCIM_TOKEN_PREFIX.length + 6;
/** `last used` is written at most once per this many milliseconds, not on every request. */
const LAST_USED_PRECISION_MS = 60_000;

export type ScimTokenStatus = { id: string; prefix: string; createdAt: Date; lastUsedAt: Date | null; createdByName: string | null };

/** The organisation's live token as the settings page shows it (never the token), or null. */
export async function getScimTokenStatus(scope: MemberScope): Promise<ScimTokenStatus | null> {
  return withActor(scope, "organization.settings", async (tx) => {
    const [row] = await tx
      .select({ id: scimTokens.id, prefix: scimTokens.prefix, createdAt: scimTokens.createdAt, lastUsedAt: scimTokens.lastUsedAt, createdByName: memberships.name })
      .from(scimTokens)
      .leftJoin(memberships, and(eq(memberships.id, scimTokens.createdByMembershipId), eq(memberships.organizationId, scope.organizationId)))
      .where(and(eq(scimTokens.organizationId, scope.organizationId), isNull(scimTokens.revokedAt)))
      .orderBy(desc(scimTokens.createdAt))
      .limit(1);
    return row ? { ...row, createdByName: row.createdByName === "—" ? null : row.createdByName } : null;
  });
}

export type IssueScimTokenInput = {
  /** The live token the admin saw and rotates; null to create the first one. */
  replacesTokenId: string | null;
};

/**
 * Creates the organisation's SCIM token, or rotates it: the token the admin saw is revoked and the new
 * one created in one transaction, and the old one stops working at once. The token is returned here only
 * (the database keeps its sha256). A double click finds the first click's work: a second "create" meets
 * the one-live-token index, a second "rotate" a token that is no longer live; both are a conflict.
 */
export async function issueScimToken(scope: MemberScope, input: IssueScimTokenInput): Promise<{ token: string; status: ScimTokenStatus }> {
  const token = `${SCIM_TOKEN_PREFIX}${randomSecretToken()}`;
  try {
    return await withActor(scope, "organization.settings", async (tx, actor) => {
      const at = now();
      if (input.replacesTokenId) {
        const revoked = await tx
          .update(scimTokens)
          .set({ revokedAt: at })
          .where(and(eq(scimTokens.id, input.replacesTokenId), eq(scimTokens.organizationId, scope.organizationId), isNull(scimTokens.revokedAt)))
          .returning({ id: scimTokens.id });
        if (revoked.length === 0) throw new AppError("conflict", { message: "scimTokenChanged" });
      }
      const [created] = await tx
        .insert(scimTokens)
        .values({ organizationId: scope.organizationId, tokenHash: hashSecretToken(token), prefix: token.slice(0, SHOWN_CHARACTERS), createdByMembershipId: actor.membershipId, createdAt: at })
        .returning({ id: scimTokens.id, prefix: scimTokens.prefix, createdAt: scimTokens.createdAt, lastUsedAt: scimTokens.lastUsedAt });
      await recordScimAudit(tx, {
        organizationId: scope.organizationId,
        actorMembershipId: actor.membershipId,
        action: input.replacesTokenId ? "scim.tokenRotated" : "scim.tokenCreated",
        targetId: created.id,
        data: input.replacesTokenId ? { replaces: input.replacesTokenId } : {},
      });
      return { token, status: { ...created, createdByName: actor.name } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", { message: "scimTokenChanged" });
    throw error;
  }
}

/** Revokes the live token the admin saw: the identity provider's next request is refused (401). */
export async function revokeScimToken(scope: MemberScope, tokenId: string): Promise<void> {
  await withActor(scope, "organization.settings", async (tx, actor) => {
    const revoked = await tx
      .update(scimTokens)
      .set({ revokedAt: now() })
      .where(and(eq(scimTokens.id, tokenId), eq(scimTokens.organizationId, scope.organizationId), isNull(scimTokens.revokedAt)))
      .returning({ id: scimTokens.id });
    if (revoked.length === 0) throw new AppError("conflict", { message: "scimTokenChanged" });
    await recordScimAudit(tx, { organizationId: scope.organizationId, actorMembershipId: actor.membershipId, action: "scim.tokenRevoked", targetId: tokenId });
  });
}

export type ScimCaller = { tokenId: string; organizationId: string };

export function isScimTokenShape(token: string): boolean {
  return token.startsWith(SCIM_TOKEN_PREFIX) && isSecretTokenShape(token.slice(SCIM_TOKEN_PREFIX.length));
}

/**
 * The organisation a bearer token provisions, or null for a malformed, unknown or revoked token. Looked up
 * with the system handle, as the request names no organisation yet (like the calendar feed); everything
 * after this runs in that organisation only. Marks the token used, at most once a minute.
 */
export async function authenticateScimToken(token: string): Promise<ScimCaller | null> {
  if (!isScimTokenShape(token)) return null;
  const db = getDb();
  const [row] = await db
    .select({ tokenId: scimTokens.id, organizationId: scimTokens.organizationId, lastUsedAt: scimTokens.lastUsedAt })
    .from(scimTokens)
    .where(and(eq(scimTokens.tokenHash, hashSecretToken(token)), isNull(scimTokens.revokedAt)))
    .limit(1);
  if (!row) return null;
  const at = now();
  if (!row.lastUsedAt || at.getTime() - row.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
    await db
      .update(scimTokens)
      .set({ lastUsedAt: at })
      .where(and(eq(scimTokens.id, row.tokenId), or(isNull(scimTokens.lastUsedAt), lt(scimTokens.lastUsedAt, at))));
  }
  return { tokenId: row.tokenId, organizationId: row.organizationId };
}
