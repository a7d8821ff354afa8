import { describe, expect, it } from "vitest";
import { guideSchema } from "@/lib/conversations/schemas";
import { builtInGuide, builtInGuides } from "./built-in-guides";
import { guideKinds, pairPrompts, promptLines, promptText, totalGuideMinutes, type Localized } from "./guide-types";

// The five guides Kring ships (issue 12): complete in both languages, within the limits an admin's own
// guide must keep, and each ending with the closing step that records agreements and actions.

const filled = (text: Localized) => text.nl.trim() !== "" && text.en.trim() !== "";

describe("the built-in conversation guides", () => {
  it("are one per kind, each with its own key", () => {
    expect(builtInGuides.map((g) => g.kind)).toEqual([...guideKinds]);
    expect(new Set(builtInGuides.map((g) => g.key)).size).toBe(builtInGuides.length);
    expect(builtInGuide("career")?.name.en).toBe("Career conversation");
    expect(builtInGuide("nope")).toBeUndefined();
  });

  for (const guide of builtInGuides) {
    describe(guide.key, () => {
      it("is valid under the stored guide's schema", () => {
        const parsed = guideSchema.safeParse(guide);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
        expect(parsed.data).toEqual(guide);
      });

      it("has its name, summary, every step, every question, the closing and the preparation email in Dutch and English", () => {
        expect(filled(guide.name) && filled(guide.summary)).toBe(true);
        for (const step of [...guide.steps, guide.closing]) {
          expect(filled(step.title), `${guide.key}: a step title`).toBe(true);
          for (const prompt of step.prompts) expect(filled(prompt), `${guide.key}: ${prompt.nl || prompt.en}`).toBe(true);
        }
        expect(guide.preparation && filled(guide.preparation)).toBe(true);
      });

      it("says different things in the two languages (not a language left as the other's copy)", () => {
        const texts = [guide.name, guide.summary, guide.preparation!, ...guide.steps.flatMap((s) => [s.title, ...s.prompts]), guide.closing.title, ...guide.closing.prompts];
        expect(texts.filter((t) => t.nl === t.en && t.nl.length > 12)).toEqual([]);
      });

      it("has 4 to 7 steps with the closing, 2 to 4 questions each, and suggested minutes", () => {
        const steps = [...guide.steps, guide.closing];
        expect(steps.length).toBeGreaterThanOrEqual(4);
        expect(steps.length).toBeLessThanOrEqual(7);
        for (const step of steps) {
          expect(step.prompts.length).toBeGreaterThanOrEqual(2);
          expect(step.prompts.length).toBeLessThanOrEqual(4);
          expect(step.minutes).toBeGreaterThan(0);
        }
        expect(new Set(guide.steps.map((s) => s.key)).size).toBe(guide.steps.length);
        expect(totalGuideMinutes(guide)).toBeLessThanOrEqual(90);
      });

      it("closes with agreements and actions with a date", () => {
        expect(guide.closing.title).toEqual({ nl: "Afspraken en acties", en: "Agreements and actions" });
      });

      it("survives the admin form's way of typing questions, one per line", () => {
        for (const step of guide.steps) expect(pairPrompts(promptText(step.prompts, "nl"), promptText(step.prompts, "en"))).toEqual(step.prompts);
      });
    });
  }
});

describe("questions typed one per line", () => {
  it("ignore blank lines, spaces around a question and Windows line ends", () => {
    expect(promptLines(" First?\r\n\n  Second? \n")).toEqual(["First?", "Second?"]);
    expect(pairPrompts("Een?\nTwee?", "One?\nTwo?")).toEqual([{ nl: "Een?", en: "One?" }, { nl: "Twee?", en: "Two?" }]);
  });
});
