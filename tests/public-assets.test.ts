import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// public/: what a phone needs to put Kring on its home screen, and what every browser asks for first
// (/favicon.ico). The manifest's icons must exist with the sizes it claims, or the install prompt fails
// quietly and the browser logs a 404 on every page.

const publicDir = path.join(process.cwd(), "public");

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("the web manifest", () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(publicDir, "manifest.webmanifest"), "utf8")) as {
    name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };

  it("installs as a standalone app that opens on the dashboard", () => {
    expect(manifest).toMatchObject({ name: "Kring", start_url: "/dashboard", display: "standalone" });
  });

  it("names icons that exist, at the sizes it claims, including a maskable one and 192 and 512 px", () => {
    for (const icon of manifest.icons) {
      const file = path.join(publicDir, icon.src);
      expect(fs.existsSync(file), icon.src).toBe(true);
      if (icon.type === "image/png") {
        const { width, height } = pngSize(file);
        expect(`${width}x${height}`).toBe(icon.sizes);
      }
    }
    const pngSizes = manifest.icons.filter((icon) => icon.type === "image/png").map((icon) => icon.sizes);
    expect(pngSizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    expect(manifest.icons.some((icon) => icon.purpose === "maskable")).toBe(true);
  });
});

describe("the icons every page links", () => {
  it("has a favicon.ico with a 32 px image, an SVG icon and a 180 px apple-touch icon", () => {
    const ico = fs.readFileSync(path.join(publicDir, "favicon.ico"));
    // ICONDIR: reserved 0, type 1 (icon), then one 16-byte entry per image whose first byte is its width.
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const widths = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16]);
    expect(widths).toContain(32);
    expect(fs.readFileSync(path.join(publicDir, "icon.svg"), "utf8")).toMatch(/^<svg [^>]*viewBox="0 0 64 64"/);
    expect(pngSize(path.join(publicDir, "apple-touch-icon.png"))).toEqual({ width: 180, height: 180 });
  });
});
