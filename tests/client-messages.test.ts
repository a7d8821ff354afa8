import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION_ERROR_NAMESPACES, isProvided, pickMessages, ROOT_CLIENT_NAMESPACES } from "@/lib/i18n/pick-messages";
import { loadMessages } from "@/lib/i18n/messages";

/**
 * Client components receive only the namespaces that a <ClientMessages> above them provides (issue 16: no
 * page ships the whole catalogue). A namespace left out would show a key instead of a sentence, so this
 * reads the code: for every file that runs in the browser and calls useTranslations, it walks up the
 * imports to each server component that renders it, and checks that the namespaces are provided there, by
 * the root layout, a ClientMessages in that file, or one in a layout.tsx of its folder or a folder above.
 */
const root = process.cwd();
const appDir = path.join(root, "app");

type SourceFile = { file: string; text: string; client: boolean; imports: string[] };

function readSources(): Map<string, SourceFile> {
  const files = new Map<string, SourceFile>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        const text = fs.readFileSync(full, "utf8");
        const imports = [...text.matchAll(/from "((?:\.{1,2}\/|@\/app\/)[^"]+)"/g)].map((m) => resolveImport(full, m[1])).filter((f): f is string => f !== null);
        files.set(full, { file: full, text, client: text.trimStart().startsWith('"use client"'), imports });
      }
    }
  };
  walk(appDir);
  return files;
}

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.tsx`, `${base}.ts`, path.join(base, "index.tsx"), path.join(base, "index.ts")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const namespacesUsed = (text: string) => [...text.matchAll(/useTranslations\(\s*(?:"([^"]*)")?\s*\)/g)].map((m) => m[1] ?? "");
const namespacesProvidedIn = (text: string) =>
  [...text.matchAll(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}(\s+actionErrors)?/g)].flatMap((m) => [
    ...[...m[1].matchAll(/"([^"]+)"/g)].map((n) => n[1]),
    // A root translator ("") reads the full keys that actions return.
    ...(m[2] ? [...ACTION_ERROR_NAMESPACES, ""] : []),
  ]);

/**
 * The first segments of the keys a file's translator `t` reads (t("sessions.heading"), t(`funnel.${…}`)):
 * a component that reads a namespace through a few of its parts may be given those parts only.
 */
const keyHeads = (text: string) => [...new Set([...text.matchAll(/\bt\(\s*["`]([A-Za-z0-9_]+)/g)].map((m) => m[1]))];
const partsProvided = (namespace: string, text: string, provided: string[]) => {
  const heads = keyHeads(text);
  return heads.length > 0 && heads.every((head) => isProvided(`${namespace}.${head}`, provided));
};

describe("client components get the messages they read, and only those", () => {
  const sources = readSources();
  // Files that run in the browser: "use client" files and everything they import.
  const clientSide = new Set<string>();
  const mark = (file: string) => {
    if (clientSide.has(file)) return;
    clientSide.add(file);
    for (const imported of sources.get(file)?.imports ?? []) if (sources.has(imported)) mark(imported);
  };
  for (const source of sources.values()) if (source.client) mark(source.file);
  const importersOf = new Map<string, string[]>();
  for (const source of sources.values()) for (const imported of source.imports) importersOf.set(imported, [...(importersOf.get(imported) ?? []), source.file]);

  const providedAt = (serverFile: string): string[] => {
    const provided: string[] = [...ROOT_CLIENT_NAMESPACES, ...namespacesProvidedIn(sources.get(serverFile)!.text)];
    for (let dir = path.dirname(serverFile); dir.startsWith(appDir); dir = path.dirname(dir)) {
      const layout = path.join(dir, "layout.tsx");
      if (fs.existsSync(layout)) provided.push(...namespacesProvidedIn(fs.readFileSync(layout, "utf8")));
    }
    return provided;
  };

  /** The server files that render `file`, walking up through client-side importers. */
  const serverRoots = (file: string, seen = new Set<string>()): string[] => {
    if (seen.has(file)) return [];
    seen.add(file);
    return (importersOf.get(file) ?? []).flatMap((importer) => (clientSide.has(importer) ? serverRoots(importer, seen) : [importer]));
  };

  it("every namespace a client component reads is provided wherever it is rendered", () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of clientSide) {
      const used = namespacesUsed(sources.get(file)!.text);
      if (used.length === 0) continue;
      checked++;
      for (const rootFile of serverRoots(file)) {
        const provided = providedAt(rootFile);
        for (const namespace of used) {
          const ok = namespace === "" ? provided.includes("") : isProvided(namespace, provided) || (namespacesUsed(sources.get(file)!.text).length === 1 && partsProvided(namespace, sources.get(file)!.text, provided));
          if (!ok) missing.push(`${path.relative(root, file)} reads "${namespace}" but ${path.relative(root, rootFile)} does not provide it`);
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
    expect([...new Set(missing)]).toEqual([]);
  });

  it("every provided namespace exists in both languages", () => {
    const declared = new Set<string>(ROOT_CLIENT_NAMESPACES);
    for (const source of sources.values()) for (const n of namespacesProvidedIn(source.text)) if (n) declared.add(n);
    for (const locale of ["nl", "en"] as const) expect(() => pickMessages(loadMessages(locale), [...declared])).not.toThrow();
  });
});
