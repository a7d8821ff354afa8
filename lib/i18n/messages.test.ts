import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "./config";
import { loadMessages, messageKeys } from "./messages";

describe("message files", () => {
  it("every namespace exists in every language", () => {
    const files = locales.map((l) => fs.readdirSync(path.join(process.cwd(), "messages", l)).sort());
    for (const list of files) expect(list).toEqual(files[0]);
  });

  it("every key exists in Dutch and in English, and none is empty", () => {
    const [nl, en] = locales.map((l) => loadMessages(l));
    const nlKeys = new Set(messageKeys(nl));
    const enKeys = new Set(messageKeys(en));
    expect([...nlKeys].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys].filter((k) => !nlKeys.has(k))).toEqual([]);
    for (const messages of [nl, en]) {
      const empty = messageKeys(messages).filter((key) => {
        const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        return typeof value !== "string" || value.trim() === "";
      });
      expect(empty).toEqual([]);
    }
  });

  it("the placeholders of a message are the same in both languages", () => {
    const [nl, en] = locales.map((l) => loadMessages(l));
    const placeholders = (value: string) => [...value.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]).sort().join(",");
    const mismatched = messageKeys(nl).filter((key) => {
      const get = (m: typeof nl) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], m) as string;
      return placeholders(get(nl)) !== placeholders(get(en));
    });
    expect(mismatched).toEqual([]);
  });
});
