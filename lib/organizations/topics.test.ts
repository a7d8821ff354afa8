import { describe, expect, it } from "vitest";
import { parseTopicLines, topicLines, topicSlug } from "./topics";

describe("organisation topics", () => {
  it("makes slugs without accents or punctuation", () => {
    expect(topicSlug("Diversiteit & inclusie")).toBe("diversiteit-inclusie");
    expect(topicSlug("Café-gesprekken")).toBe("cafe-gesprekken");
  });
  it("parses Dutch | English lines and keeps existing slugs", () => {
    const existing = [{ slug: "giving-feedback", label: { nl: "Feedback geven", en: "Giving feedback" } }];
    const { topics, errors } = parseTopicLines("Feedback geven | Feedback\n\nStrategie | Strategy\nCoaching", existing);
    expect(errors).toEqual([]);
    expect(topics).toEqual([
      { slug: "giving-feedback", label: { nl: "Feedback geven", en: "Feedback" } },
      { slug: "strategy", label: { nl: "Strategie", en: "Strategy" } },
      { slug: "coaching", label: { nl: "Coaching", en: "Coaching" } },
    ]);
    expect(topicLines(topics)).toBe("Feedback geven | Feedback\nStrategie | Strategy\nCoaching");
  });
  it("reports duplicate lines by line number", () => {
    expect(parseTopicLines("Strategie | Strategy\nStrategy", []).errors).toEqual([2]);
  });
});
