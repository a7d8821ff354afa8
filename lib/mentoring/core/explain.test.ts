import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n/translate";
import type { AppLocale } from "@/lib/i18n/config";
import { explainExclusion, explainFactor, explainUnmatched, type ExplainContext } from "./explain";

const labels: Record<string, Record<string, string>> = { en: { finance: "finance", hr: "people" }, nl: { finance: "financiën", hr: "mensen" } };
const context = (locale: AppLocale): ExplainContext => ({ t: getTranslator(locale, "mentoring"), locale, topicLabel: (slug) => labels[locale][slug] ?? slug });

describe("explain", () => {
  it("words score factors in English and Dutch", () => {
    const factor = { code: "sharedTopics" as const, topics: ["finance", "hr"], effect: 0.2 };
    expect(explainFactor(factor, context("en"))).toBe("Both work on finance and people");
    expect(explainFactor(factor, context("nl"))).toBe("Beiden werken aan financiën en mensen");
    expect(explainFactor({ code: "seniorityGap", levels: 2, effect: 0.1 }, context("en"))).toBe("Mentor is 2 levels more senior");
    expect(explainFactor({ code: "seniorityGap", levels: 1, effect: 0.1 }, context("nl"))).toBe("Mentor is 1 niveau hoger");
    expect(explainFactor({ code: "timezoneDiff", hours: 3, effect: -0.1 }, context("en"))).toBe("3 hours apart");
    expect(explainFactor({ code: "sameDepartment", effect: 0.1 }, context("nl"))).toBe("Dezelfde afdeling");
  });

  it("words refusals and unmatched reasons", () => {
    expect(explainExclusion({ code: "reportingLine", relation: "directManager" }, context("en"))).toBe("The mentor is the mentee's manager.");
    expect(explainExclusion({ code: "noSharedLanguage" }, context("nl"))).toBe("Ze spreken geen gemeenschappelijke taal.");
    expect(explainUnmatched({ code: "noAllowedMentor", exclusions: { noSharedLanguage: 2, reportingLine: 1 } }, context("en"))).toEqual([
      "No mentor fits the hard rules:",
      "2 mentors: no shared language",
      "1 mentor: reporting line",
    ]);
    expect(explainUnmatched({ code: "mentorsFull", allowedMentors: 3 }, context("en"))[0]).toContain("The 3 mentors who fit");
  });
});
