import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db/client";
import { closeProducer } from "@/lib/jobs/boss";
import { createMentoringProgramme } from "@/lib/mentoring/programme-admin";
import { mentoringProgrammeInput } from "@/lib/mentoring/programme-test-fixtures";
import { csvFileHash, startMemberImport } from "@/lib/members/import";
import { changeMemberRole } from "@/lib/members/roles";
import { createTestOrganization, type TestOrganization } from "@/lib/members/test-helpers";
import { listAuditEvents } from "./audit-log";

// The audit log names what each line is about (a programme's title, a member, a file with its counts),
// never what anyone wrote, and never another organisation's things.
let org: TestOrganization;
beforeAll(async () => {
  org = await createTestOrganization();
});
afterAll(async () => {
  await closeProducer();
  await closeDb();
});

describe("the audit log", () => {
  it("names the programme, the member and the imported file, with the import's counts and the roles", async () => {
    await createMentoringProgramme(org.admin.scope, mentoringProgrammeInput({ nameEn: "Leading together" }));
    const person = await org.addPerson("member", "promoted");
    await changeMemberRole(org.admin.scope, { membershipId: person.membershipId, role: "facilitator" });
    const csv = `name,email\nAnn,ann-${org.tag}@example.test\n,nameless-${org.tag}@example.test\n`;
    const started = await startMemberImport(org.admin.scope, csv, csvFileHash(csv), { fileName: "spring-intake.csv", mode: "valid" });
    expect(started.ok).toBe(true);

    const { rows } = await listAuditEvents(org.admin.scope);
    const byAction = new Map(rows.map((row) => [row.action, row]));
    expect(byAction.get("programme.created")).toMatchObject({ subject: { kind: "localized", name: { en: "Leading together" } }, facts: [] });
    expect(byAction.get("member.roleChanged")).toMatchObject({ subject: { kind: "text", name: `promoted ${org.tag}` }, facts: [{ key: "roleChanged", values: { from: "member", to: "facilitator" } }] });
    expect(byAction.get("members.importStarted")).toMatchObject({
      subject: { kind: "text", name: "spring-intake.csv" },
      facts: [
        { key: "importRows", values: { count: 1 } },
        { key: "importRejected", values: { count: 1 } },
      ],
    });
    // Neither the rows' names nor addresses reach the log.
    expect(JSON.stringify(rows)).not.toContain(`ann-${org.tag}`);
  });

  it("shows another organisation's admin none of it", async () => {
    const other = await createTestOrganization();
    const { rows } = await listAuditEvents(other.admin.scope);
    expect(JSON.stringify(rows)).not.toContain("Leading together");
    expect(JSON.stringify(rows)).not.toContain("spring-intake.csv");
  });
});
