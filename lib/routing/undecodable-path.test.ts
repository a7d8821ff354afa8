import { describe, expect, it } from "vitest";
import { escapeUndecodablePath } from "./undecodable-path";

// Next.js answers a dynamic segment that does not decode with a bare 500 before any code of ours runs;
// made literal, it reaches the route and gets the page's own 404.

describe("escapeUndecodablePath", () => {
  it("leaves decodable paths and every query string alone", () => {
    for (const target of ["/", "/matches/2f6245f6-cde0-482d-a097-781f45a6c5d6", "/invite/a%2Fb", "/admin/members?q=%ff%fe", "/x?to=%00#%zz"]) expect(escapeUndecodablePath(target)).toBe(target);
  });

  it("makes an undecodable segment literal, and only that one", () => {
    expect(escapeUndecodablePath("/programmes/%ff%fe")).toBe("/programmes/%25ff%25fe");
    expect(escapeUndecodablePath("/groups/%ff%fe/sessions/%C3%A9/case?x=%ff")).toBe("/groups/%25ff%25fe/sessions/%C3%A9/case?x=%ff");
    expect(escapeUndecodablePath("/calendar/%zz.ics")).toBe("/calendar/%25zz.ics");
    expect(decodeURIComponent(escapeUndecodablePath("/matches/%ff%fe"))).toBe("/matches/%ff%fe");
  });
});
