/**
 * Who is asking, for the per-IP sign-in limit. X-Forwarded-For is the client's to write unless a proxy we
 * run overwrites it, so it is trusted only as far as KRING_TRUSTED_PROXIES says: with no proxy (the
 * default) the answer is the socket's address; with N proxies in front, each appends the address it saw,
 * and the entry N places from the right of [...X-Forwarded-For, socket] is the first nobody could forge.
 */
export const CLIENT_ADDRESS_HEADER = "x-kring-client-address";

export function trustedProxyCount(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.KRING_TRUSTED_PROXIES ?? 0);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 10) : 0;
}

export function clientAddress(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, trustedProxies: number): string {
  const claimed = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...claimed, socketAddress ?? "unknown"];
  // With more proxies configured than hops present, the leftmost entry is the best we have.
  return chain[Math.max(0, chain.length - 1 - trustedProxies)] || "unknown";
}
