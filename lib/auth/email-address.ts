/**
 * Strict address normalisation (SECURITY.md rule 6): one plain "@", no commas, quotes, spaces or angle
 * brackets, so that an address can never be read as two recipients. Returns null for anything else.
 */
export function normalizeEmail(input: unknown): string | null {
  if (typeof input !== "string") return null;
  const email = input.normalize("NFKC").trim().toLowerCase();
  if (email.length < 3 || email.length > 254) return null;
  if (/[\s,;"'<>()[\]\\]/.test(email)) return null;
  const parts = email.split("@");
  if (parts.length !== 2) return null;
  const [local, domain] = parts;
  if (!local || local.length > 64 || !domain) return null;
  if (!/^[a-z0-9.!#$%&*+/=?^_`{|}~-]+$/.test(local) || local.startsWith(".") || local.endsWith(".") || local.includes("..")) return null;
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain) || domain.split(".").some((label) => label.startsWith("-") || label.endsWith("-"))) return null;
  return email;
}
