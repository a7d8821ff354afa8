import { describe, expect, it } from "vitest";
import { openSecret, sealSecret, SecretKeyChangedError } from "./secret-box";

const env = { AUTH_SECRET: "a-test-secret-of-enough-length-0123456789" };
const url = "https://hooks.slack.com/services/T000/B000/XXXXXXXX";

describe("the secret box", () => {
  it("gives the secret back only with the same key and the same organisation", () => {
    const sealed = sealSecret(url, "org-a", env);
    expect(sealed).not.toContain("hooks.slack.com");
    expect(sealed).not.toBe(sealSecret(url, "org-a", env)); // a fresh IV every time
    expect(openSecret(sealed, "org-a", env)).toBe(url);
    expect(() => openSecret(sealed, "org-b", env)).toThrow();
    expect(() => openSecret(sealed, "org-a", { AUTH_SECRET: "another-secret-entirely-0123456789" })).toThrow(SecretKeyChangedError);
  });

  it("refuses an altered ciphertext", () => {
    const parts = sealSecret(url, "org-a", env).split(":");
    const body = Buffer.from(parts[4], "base64url");
    body[0] ^= 1;
    parts[4] = body.toString("base64url");
    expect(() => openSecret(parts.join(":"), "org-a", env)).toThrow();
  });

  it("uses KRING_ENCRYPTION_KEY when set, and refuses one of the wrong length", () => {
    const dedicated = { ...env, KRING_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64") };
    const sealed = sealSecret(url, "org-a", dedicated);
    expect(openSecret(sealed, "org-a", dedicated)).toBe(url);
    expect(() => openSecret(sealed, "org-a", env)).toThrow(SecretKeyChangedError);
    expect(() => sealSecret(url, "org-a", { KRING_ENCRYPTION_KEY: "c2hvcnQ=" })).toThrow(/32 bytes/);
  });
});
