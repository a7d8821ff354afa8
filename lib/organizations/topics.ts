import type { Topic } from "@/db/schema";

/** A stable slug from a label: what members' topic choices and matching refer to. */
export function topicSlug(label: string): string {
  return label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

/**
 * Parses the admin's topic list: one topic a line, "Dutch label | English label" (one label serves both).
 * Existing slugs are kept for labels that stay, so members' choices survive a rename of the other language.
 */
export function parseTopicLines(text: string, existing: Topic[]): { topics: Topic[]; errors: number[] } {
  const topics: Topic[] = [];
  const errors: number[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const [nlRaw, enRaw] = line.split("|").map((s) => s.trim());
    const nl = nlRaw;
    const en = enRaw || nlRaw;
    const kept = existing.find((t) => t.label.nl === nl || t.label.en === en);
    const slug = kept?.slug ?? topicSlug(en);
    if (!nl || !slug || nl.length > 80 || en.length > 80 || seen.has(slug)) {
      errors.push(index + 1);
      return;
    }
    seen.add(slug);
    topics.push({ slug, label: { nl, en } });
  });
  return { topics, errors };
}

export function topicLines(topics: Topic[]): string {
  return topics.map((t) => (t.label.nl === t.label.en ? t.label.nl : `${t.label.nl} | ${t.label.en}`)).join("\n");
}
