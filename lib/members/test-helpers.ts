import { randomBytes } from "node:crypto";
import { getDb } from "@/db/client";
import { memberships, organizations, users, type MembershipRole } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";

/** A short random tag, so that every test writes its own organisation and addresses. */
export function uniqueTag(): string {
  return randomBytes(5).toString("hex");
}

export type TestPerson = { userId: string; membershipId: string; email: string; scope: MemberScope };

export type TestOrganization = { organizationId: string; tag: string; admin: TestPerson; addPerson: (role: MembershipRole, key: string) => Promise<TestPerson> };

/** An organisation with one active admin (a user with a membership), written with the system handle. */
export async function createTestOrganization(name = "Test org"): Promise<TestOrganization> {
  const tag = uniqueTag();
  const [organization] = await getDb()
    .insert(organizations)
    .values({ name: `${name} ${tag}`, slug: `test-${tag}`, defaultLocale: "nl" })
    .returning({ id: organizations.id });
  const organizationId = organization.id;
  const addPerson = async (role: MembershipRole, key: string): Promise<TestPerson> => {
    const email = `${key}-${tag}@example.test`;
    const [user] = await getDb().insert(users).values({ email, name: `${key} ${tag}`, locale: "en", emailVerified: new Date() }).returning({ id: users.id });
    const [membership] = await getDb()
      .insert(memberships)
      .values({ organizationId, userId: user.id, email, name: `${key} ${tag}`, role, status: "active" })
      .returning({ id: memberships.id });
    return { userId: user.id, membershipId: membership.id, email, scope: { organizationId, actorMembershipId: membership.id, userId: user.id } };
  };
  return { organizationId, tag, admin: await addPerson("admin", "admin"), addPerson };
}
