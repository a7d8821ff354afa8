import { afterAll, afterEach, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { emailMessages, memberImports } from "@/db/schema";
import { setClockOffset } from "@/lib/clock";
import { handleImportMembers } from "@/lib/members/import-job";
import { closeProducer } from "@/lib/jobs/boss";
import { csvFileHash, startMemberImport } from "./import";
import { inviteMember, resendInvitation } from "./invite";
import { createTestOrganization } from "./test-helpers";

/**
 * Probe finding M2: five concurrent starts of one CSV ran five imports (200 invitations for 40 people), and
 * re-inviting one address 44 times sent 44 emails. A double-clicked or replayed start must find the first run.
 */
afterEach(() => setClockOffset(0));
afterAll(async () => {
  await closeProducer();
  await closeDb();
});

const runJob = (importId: string) => handleImportMembers({ id: importId, data: { importId }, retryCount: 0, retryLimit: 5 });

async function invitationEmails(organizationId: string): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(emailMessages)
    .where(and(eq(emailMessages.organizationId, organizationId), eq(emailMessages.template, "invitation")));
  return row.n;
}

function csvOf(tag: string, size: number): string {
  const lines = ["name,email,department"];
  for (let i = 0; i < size; i++) lines.push(`Person ${i},p${i}-${tag}@once.test,Dept ${i % 4}`);
  return `${lines.join("\n")}\n`;
}

describe("one import run per file and organisation", () => {
  it("five concurrent starts of the same file make one import and 40 invitations, not 200", async () => {
    const org = await createTestOrganization();
    const csv = csvOf(org.tag, 40);
    const starts = await Promise.all(Array.from({ length: 5 }, () => startMemberImport(org.admin.scope, csv, csvFileHash(csv), { fileName: "people.csv" })));
    const ids = new Set(starts.map((s) => (s.ok ? s.importId : s.reason === "alreadyRunning" ? s.importId : s.reason)));
    expect(ids.size).toBe(1);
    expect(starts.filter((s) => s.ok)).toHaveLength(1);
    expect(starts.filter((s) => !s.ok && s.reason === "alreadyRunning")).toHaveLength(4);
    const imports = await getDb().select().from(memberImports).where(eq(memberImports.organizationId, org.organizationId));
    expect(imports).toHaveLength(1);
    expect(imports[0].fileName).toBe("people.csv");
    // Every delivery of the job, and the replays, write the invitations once.
    const [importId] = [...ids];
    await Promise.all([runJob(importId), runJob(importId)]);
    expect(await invitationEmails(org.organizationId)).toBe(40);
  });

  it("the same file started again right after it finished invites nobody a second time", async () => {
    const org = await createTestOrganization();
    const csv = csvOf(org.tag, 10);
    const first = await startMemberImport(org.admin.scope, csv, csvFileHash(csv));
    if (!first.ok) throw new Error(first.reason);
    await runJob(first.importId);
    const again = await startMemberImport(org.admin.scope, csv, csvFileHash(csv));
    if (!again.ok) throw new Error(again.reason);
    expect(again.importId).not.toBe(first.importId);
    await runJob(again.importId);
    expect(await invitationEmails(org.organizationId)).toBe(10);
    // Past the resend window, an import is how an admin sends everyone a fresh link.
    setClockOffset(11 * 60_000);
    const later = await startMemberImport(org.admin.scope, csv, csvFileHash(csv));
    if (!later.ok) throw new Error(later.reason);
    await runJob(later.importId);
    expect(await invitationEmails(org.organizationId)).toBe(20);
  });
});

describe("invitations deduplicated per address", () => {
  it("44 invites of one address, in a row and at once, send one email; each refusal is a field message", async () => {
    const org = await createTestOrganization();
    const input = { name: "Dee", email: `dee-${org.tag}@example.test`, department: null, managerEmail: null, language: "nl" as const };
    const first = await inviteMember(org.admin.scope, input);
    expect(first.ok).toBe(true);
    const sequential = [];
    for (let i = 0; i < 22; i++) sequential.push(await inviteMember(org.admin.scope, input));
    const concurrent = await Promise.all(Array.from({ length: 21 }, () => inviteMember(org.admin.scope, input)));
    for (const result of [...sequential, ...concurrent]) expect(result).toEqual({ ok: false, field: "email", error: "recentlyInvited" });
    expect(await invitationEmails(org.organizationId)).toBe(1);
  });

  it("an admin's resend is throttled to one per window", async () => {
    const org = await createTestOrganization();
    const invited = await inviteMember(org.admin.scope, { name: "Eve", email: `eve-${org.tag}@example.test`, department: null, managerEmail: null, language: "en" });
    if (!invited.ok) throw new Error(invited.error);
    await expect(resendInvitation(org.admin.scope, invited.membershipId)).rejects.toMatchObject({ code: "rate_limited", messageKey: "recentlyInvited" });
    expect(await invitationEmails(org.organizationId)).toBe(1);
    setClockOffset(11 * 60_000);
    await resendInvitation(org.admin.scope, invited.membershipId);
    await expect(resendInvitation(org.admin.scope, invited.membershipId)).rejects.toMatchObject({ code: "rate_limited" });
    expect(await invitationEmails(org.organizationId)).toBe(2);
  });
});
