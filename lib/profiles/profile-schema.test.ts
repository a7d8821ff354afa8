import { describe, expect, it } from "vitest";
import { formDataToObject } from "@/lib/forms/form-data";
import { updateProfileSchema } from "./schemas";


const managerId = "6f0c2a36-9a49-4a8e-9a0a-6d3c1f2b7e11";

/** The form as the browser posts it: strings, repeated names for checkbox groups. */
function post(fields: [string, string][]) {
  const data = new FormData();
  for (const [key, value] of fields) data.append(key, value);
  return updateProfileSchema.safeParse(formDataToObject(data));
}

const valid: [string, string][] = [
  ["name", "  Sanne Jansen "],
  ["jobTitle", "Team lead"],
  ["department", "Finance"],
  ["managerMembershipId", managerId],
  ["seniority", "3"],
  ["languages", "nl"],
  ["languages", "en"],
  ["timeZone", "Europe/Amsterdam"],
  ["topics", "coaching"],
  ["topics", "strategy"],
  ["bio", "Line one\r\nline two"],
  ["availability[]", "tue-10"],
  ["availability[]", "mon-09"],
  ["availability[]", "mon-09"],
];

function without(name: string, fields = valid) {
  return fields.filter(([key]) => key !== name);
}

function errorsOf(result: ReturnType<typeof post>) {
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe("updateProfileSchema", () => {
  it("parses a complete post into what the data layer takes", () => {
    const result = post(valid);
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      name: "Sanne Jansen",
      jobTitle: "Team lead",
      department: "Finance",
      managerMembershipId: managerId,
      seniority: 3,
      languages: ["nl", "en"],
      timeZone: "Europe/Amsterdam",
      topics: ["coaching", "strategy"],
      bio: "Line one\nline two",
      availability: ["mon-09", "tue-10"],
    });
  });

  it("turns empty optional fields into null and missing groups into empty lists", () => {
    const fields = valid.map(([k, v]): [string, string] => (["jobTitle", "department", "managerMembershipId", "seniority", "bio"].includes(k) ? [k, ""] : [k, v]));
    const result = post(without("availability[]", without("topics", fields)));
    expect(result.data).toMatchObject({ jobTitle: null, department: null, managerMembershipId: null, seniority: null, bio: null, topics: [], availability: [] });
  });

  it("accepts a single checkbox value as a list", () => {
    expect(post([...without("languages"), ["languages", "en"]]).data?.languages).toEqual(["en"]);
  });

  it("requires a name", () => {
    expect(errorsOf(post([...without("name"), ["name", "   "]]))).toEqual({ name: "errors.nameRequired" });
  });

  it("requires at least one language, and only nl or en", () => {
    expect(errorsOf(post(without("languages")))).toEqual({ languages: "errors.languagesRequired" });
    expect(errorsOf(post([...without("languages"), ["languages", "fr"]]))).toEqual({ languages: "errors.languages" });
  });

  it("refuses seniority outside 1-10 or not a whole number", () => {
    for (const bad of ["0", "11", "3.5", "abc"]) expect(errorsOf(post([...without("seniority"), ["seniority", bad]]))).toEqual({ seniority: "errors.seniority" });
  });

  it("refuses a manager id that is not a uuid", () => {
    expect(errorsOf(post([...without("managerMembershipId"), ["managerMembershipId", "1 or 1=1"]]))).toEqual({ managerMembershipId: "errors.managerInvalid" });
  });

  it("accepts IANA time zones only", () => {
    expect(post([...without("timeZone"), ["timeZone", "Europe/Brussels"]]).success).toBe(true);
    expect(post([...without("timeZone"), ["timeZone", "UTC"]]).success).toBe(true);
    for (const bad of ["", "Mars/Olympus", "CET; drop table", "../../etc"]) expect(errorsOf(post([...without("timeZone"), ["timeZone", bad]]))).toEqual({ timeZone: "errors.timeZone" });
  });

  it("limits the bio to 500 characters, counting a line break as one", () => {
    expect(post([...without("bio"), ["bio", "x".repeat(500)]]).success).toBe(true);
    expect(post([...without("bio"), ["bio", `${"x".repeat(249)}\r\n${"x".repeat(250)}`]]).success).toBe(true);
    expect(errorsOf(post([...without("bio"), ["bio", "x".repeat(501)]]))).toEqual({ bio: "errors.bioTooLong" });
  });

  it("refuses availability outside the grid", () => {
    expect(errorsOf(post([...valid, ["availability[]", "sat-10"]]))).toEqual({ availability: "errors.availability" });
    expect(errorsOf(post([...valid, ["availability[]", "mon-20"]]))).toEqual({ availability: "errors.availability" });
  });

  it("refuses topic values that cannot be slugs", () => {
    expect(errorsOf(post([...valid, ["topics", "<script>"]]))).toEqual({ topics: "errors.unknownTopic" });
  });

  it("refuses overly long text fields", () => {
    expect(errorsOf(post([...without("department"), ["department", "d".repeat(121)]]))).toEqual({ department: "errors.tooLong" });
  });
});
