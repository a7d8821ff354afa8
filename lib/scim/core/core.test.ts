import { describe, expect, it } from "vitest";
import { ScimError } from "./errors";
import { parseUserFilter } from "./filter";
import { ENTERPRISE_SCHEMA, PATCH_SCHEMA } from "./library";
import { patchedUserFields, userFieldsFromBody, userResourceOf, type ScimMember } from "./user-resource";

// The pure half of the SCIM service: filters, bodies and PatchOps read by scimmy, with the identity
// providers' habits made RFC-shaped first. The requests themselves are replayed in lib/scim/*.test.ts.

const member: ScimMember = {
  id: "8d1f6f0e-1111-4c3b-9e2e-000000000001",
  email: "an.devries@gemeente.example",
  name: "An de Vries",
  jobTitle: "Teamleider",
  department: "Burgerzaken",
  managerMembershipId: "8d1f6f0e-1111-4c3b-9e2e-000000000002",
  externalId: "an.devries",
  scimUserName: "an.devries@gemeente.example",
  scimName: { givenName: "An", familyName: "de Vries" },
  active: true,
  createdAt: new Date("2026-11-01T09:00:00Z"),
  updatedAt: new Date("2026-11-02T09:00:00Z"),
};

const patch = (Operations: unknown[]) => patchedUserFields(member, "https://kring.example/scim/v2/Users/x", { schemas: [PATCH_SCHEMA], Operations });

async function scimErrorOf(promise: Promise<unknown> | (() => unknown)): Promise<ScimError> {
  try {
    await (typeof promise === "function" ? promise() : promise);
  } catch (error) {
    expect(error).toBeInstanceOf(ScimError);
    return error as ScimError;
  }
  throw new Error("expected a ScimError");
}

describe("filters", () => {
  it("reads the filters Entra ID and Okta send, attribute names in any case", () => {
    expect(parseUserFilter('userName eq "Test_User@contoso.com"')).toEqual([[{ attribute: "userName", value: "Test_User@contoso.com" }]]);
    expect(parseUserFilter('externalId eq "00ujl29u0le5T6Aj10h7"')).toEqual([[{ attribute: "externalId", value: "00ujl29u0le5T6Aj10h7" }]]);
    expect(parseUserFilter('USERNAME eq "a" and emails[type eq "work"].value eq "b"')).toEqual([[{ attribute: "userName", value: "a" }, { attribute: "email", value: "b" }]]);
    expect(parseUserFilter('id eq "x" or externalid eq "y"')).toEqual([[{ attribute: "id", value: "x" }], [{ attribute: "externalId", value: "y" }]]);
  });

  it.each([
    ["userName eq", "invalidFilter"],
    ['userName sw "a"', "invalidFilter"],
    ['title eq "x"', "invalidFilter"],
    ['(userName eq "a"', "invalidFilter"],
    ['"', "invalidFilter"],
    ["userName eq 5", "invalidFilter"],
    ['emails[type eq "home"].value eq "x"', "invalidFilter"],
    ['not (userName eq "a")', "invalidFilter"],
    ["", "invalidFilter"],
  ])("refuses %j with 400 %s", async (text, scimType) => {
    const error = await scimErrorOf(() => parseUserFilter(text));
    expect([error.status, error.scimType]).toEqual([400, scimType]);
  });
});

describe("bodies", () => {
  it("reads Entra ID's create request, with the enterprise extension", () => {
    const fields = userFieldsFromBody({
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE_SCHEMA],
      externalId: "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef",
      userName: "Test_User@contoso.com",
      active: "True",
      emails: [{ primary: "True", type: "work", value: "test.user@contoso.com" }],
      meta: { resourceType: "User" },
      name: { formatted: "givenName familyName", familyName: "familyName", givenName: "givenName" },
      title: "Manager",
      roles: [],
      [ENTERPRISE_SCHEMA]: { department: "Sales", manager: "abc" },
    });
    expect(fields).toEqual({
      userName: "Test_User@contoso.com",
      email: "test.user@contoso.com",
      name: "givenName familyName",
      scimName: { formatted: "givenName familyName", familyName: "familyName", givenName: "givenName" },
      jobTitle: "Manager",
      department: "Sales",
      managerRef: "abc",
      externalId: "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef",
      active: true,
    });
  });

  it("names a person by displayName, then name.formatted, then given and family name, then userName", () => {
    expect(userFieldsFromBody({ userName: "u", displayName: "Shown", name: { formatted: "F" } }).name).toBe("Shown");
    expect(userFieldsFromBody({ userName: "u", name: { givenName: "Test", familyName: "User" } }).name).toBe("Test User");
    expect(userFieldsFromBody({ userName: "u@x.nl" }).name).toBe("u@x.nl");
  });

  it.each([
    [{ userName: 5 }, "invalidValue"],
    [{ userName: "x", emails: "x@y.nl" }, "invalidValue"],
    [{ userName: "x", name: "x" }, "invalidValue"],
    [{ userName: "x", schemas: ["urn:example:Other"] }, "invalidSyntax"],
    [{ displayName: "no userName" }, "invalidValue"],
    [[], "invalidSyntax"],
    ["text", "invalidSyntax"],
  ])("refuses %j with 400 %s", async (body, scimType) => {
    const error = await scimErrorOf(() => userFieldsFromBody(body));
    expect([error.status, error.scimType]).toEqual([400, scimType]);
  });

  it("writes the resource back with userName, the work address and the enterprise extension", () => {
    const resource = userResourceOf(member, "https://kring.example/scim/v2/Users/x");
    expect(resource).toMatchObject({
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE_SCHEMA],
      id: member.id,
      externalId: "an.devries",
      userName: "an.devries@gemeente.example",
      displayName: "An de Vries",
      name: { givenName: "An", familyName: "de Vries" },
      title: "Teamleider",
      active: true,
      emails: [{ value: "an.devries@gemeente.example", type: "work", primary: true }],
      [ENTERPRISE_SCHEMA]: { department: "Burgerzaken", manager: { value: member.managerMembershipId } },
      meta: { resourceType: "User", location: "https://kring.example/scim/v2/Users/x", created: "2026-11-01T09:00:00.000Z" },
    });
  });
});

describe("PatchOp, with Entra ID's habits", () => {
  it("replaces the work address and the family name (Update User [Multi-valued properties])", async () => {
    const fields = await patch([
      { op: "Replace", path: 'emails[type eq "work"].value', value: "an.new@gemeente.example" },
      { op: "Replace", path: "name.familyName", value: "Jansen" },
    ]);
    expect(fields).toMatchObject({ email: "an.new@gemeente.example", scimName: { givenName: "An", familyName: "Jansen" }, name: "An de Vries" });
  });

  it("takes active as the string False, with or without a path, in any case of op", async () => {
    expect((await patch([{ op: "Replace", path: "active", value: "False" }]))?.active).toBe(false);
    expect((await patch([{ op: "REPLACE", value: { active: "false" } }]))?.active).toBe(false);
    expect((await patch([{ op: "replace", value: { active: false } }]))?.active).toBe(false);
  });

  it("takes the manager as a bare id, as an object, and removes it", async () => {
    expect((await patch([{ op: "Add", path: `${ENTERPRISE_SCHEMA}:manager`, value: "m-7" }]))?.managerRef).toBe("m-7");
    expect((await patch([{ op: "replace", path: `${ENTERPRISE_SCHEMA}:manager`, value: { value: "m-8" } }]))?.managerRef).toBe("m-8");
    expect((await patch([{ op: "Remove", path: `${ENTERPRISE_SCHEMA}:manager` }]))?.managerRef).toBeNull();
    expect((await patch([{ op: "Replace", path: `${ENTERPRISE_SCHEMA}:manager`, value: "" }]))?.managerRef).toBeNull();
  });

  it("applies an operation without a path whose value holds paths (the aadOptscim062020 form)", async () => {
    const fields = await patch([{ op: "replace", value: { displayName: "An Jansen", "name.givenName": "Anna", [`${ENTERPRISE_SCHEMA}:department`]: "Financiën", title: "Afdelingshoofd" } }]);
    expect(fields).toMatchObject({ name: "An Jansen", scimName: { givenName: "Anna" }, department: "Financiën", jobTitle: "Afdelingshoofd" });
  });

  it("adds a first value of a type the person does not have yet instead of failing the update", async () => {
    expect(await patch([{ op: "Add", path: 'phoneNumbers[type eq "mobile"].value', value: "+31 6 12345678" }])).not.toBeNull();
  });

  it("answers null when nothing changes", async () => {
    expect(await patch([{ op: "Replace", path: "title", value: "Teamleider" }])).toBeNull();
  });

  it.each([
    [{ schemas: [PATCH_SCHEMA], Operations: [{ op: "move", path: "title", value: "x" }] }, "invalidSyntax"],
    [{ schemas: [PATCH_SCHEMA], Operations: [{ op: "replace", path: "nonsense", value: "x" }] }, "invalidPath"],
    [{ schemas: [PATCH_SCHEMA], Operations: [{ op: "replace", path: "id", value: "x" }] }, "mutability"],
    [{ schemas: [PATCH_SCHEMA], Operations: [] }, "invalidValue"],
    [{ schemas: ["urn:example"], Operations: [{ op: "replace", path: "title", value: "x" }] }, "invalidSyntax"],
    [{ schemas: [PATCH_SCHEMA], Operations: [{ op: "replace", path: "title", value: 5 }] }, "invalidValue"],
  ])("refuses %j with 400 %s", async (body, scimType) => {
    const error = await scimErrorOf(patchedUserFields(member, "https://kring.example/scim/v2/Users/x", body));
    expect([error.status, error.scimType]).toEqual([400, scimType]);
  });
});
