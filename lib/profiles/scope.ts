import type { MemberContext } from "@/lib/auth/session";

/** Who is acting, in which organisation: built from the session, never from a form (SECURITY.md rule 2). */
export type ProfileScope = { organizationId: string; membershipId: string; userId: string };

/** Pages pass their MemberContext; tests and scripts pass a scope directly, without Next. */
export type ScopeSource = ProfileScope | Pick<MemberContext, "userId" | "current">;

export function toProfileScope(source: ScopeSource): ProfileScope {
  if ("current" in source) {
    const { organizationId, membershipId } = source.current;
    return { organizationId, membershipId, userId: source.userId };
  }
  return source;
}
