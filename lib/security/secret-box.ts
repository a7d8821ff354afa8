import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";

// Secrets Kring must use again later, not just compare (a chat channel's webhook URL, which is its own
// password: whoever has it can post), are stored encrypted with AES-256-GCM. The key is KRING_ENCRYPTION_KEY
// (32 bytes, base64 or hex) when set, else derived from AUTH_SECRET with HKDF, so that an installation that
// already has AUTH_SECRET needs nothing more. docs/chat-notifications.md says how to rotate it.

type Env = Record<string, string | undefined>;

const VERSION = "v1";

/** The key and a short id of it (the ciphertext names the key it was made with, so that a changed key is said plainly). */
function keyOf(env: Env): { key: Buffer; id: string } {
  const dedicated = env.KRING_ENCRYPTION_KEY?.trim();
  let key: Buffer;
  if (dedicated) {
    key = /^[0-9a-f]{64}$/i.test(dedicated) ? Buffer.from(dedicated, "hex") : Buffer.from(dedicated, "base64");
    if (key.length !== 32) throw new Error("KRING_ENCRYPTION_KEY must be 32 bytes (64 hex characters or 44 base64 characters)");
  } else {
    const secret = env.AUTH_SECRET;
    if (!secret) throw new Error("Neither KRING_ENCRYPTION_KEY nor AUTH_SECRET is set: cannot encrypt secrets");
    key = Buffer.from(hkdfSync("sha256", secret, "kring", "kring.secret-box.v1", 32));
  }
  return { key, id: createHash("sha256").update(key).digest("hex").slice(0, 8) };
}

/**
 * Encrypts `plain`, bound to `context` (the organisation id): a ciphertext copied onto another
 * organisation's row does not decrypt there.
 */
export function sealSecret(plain: string, context: string, env: Env = process.env): string {
  const { key, id } = keyOf(env);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, id, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(":");
}

export class SecretKeyChangedError extends Error {
  constructor() {
    super("This secret was encrypted with another key (KRING_ENCRYPTION_KEY or AUTH_SECRET changed): connect it again");
    this.name = "SecretKeyChangedError";
  }
}

/** Decrypts what sealSecret wrote; throws when the key changed or the text was altered. */
export function openSecret(sealed: string, context: string, env: Env = process.env): string {
  const [version, keyId, iv, tag, body] = sealed.split(":");
  if (version !== VERSION || !keyId || !iv || !tag || body === undefined) throw new Error("Not a sealed secret");
  const { key, id } = keyOf(env);
  if (keyId !== id) throw new SecretKeyChangedError();
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
