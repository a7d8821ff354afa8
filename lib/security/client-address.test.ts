import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxyCount } from "./client-address";

describe("the client's address for the per-IP limit (probe finding M3)", () => {
  it("ignores X-Forwarded-For when no proxy is configured (the default)", () => {
    expect(trustedProxyCount({})).toBe(0);
    for (const forged of ["1.2.3.4", "5.6.7.8, 9.9.9.9", ["1.1.1.1", "2.2.2.2"]]) {
      expect(clientAddress(forged, "203.0.113.7", 0)).toBe("203.0.113.7");
    }
    expect(clientAddress(undefined, "203.0.113.7", 0)).toBe("203.0.113.7");
  });
  it("behind one proxy, takes the address that proxy appended, not what the client wrote", () => {
    // The client wrote "6.6.6.6"; the load balancer (socket 10.0.0.2) appended the real client 198.51.100.4.
    expect(clientAddress("6.6.6.6, 198.51.100.4", "10.0.0.2", 1)).toBe("198.51.100.4");
    expect(clientAddress("198.51.100.4", "10.0.0.2", 1)).toBe("198.51.100.4");
  });
  it("behind two proxies, counts two hops from the socket", () => {
    expect(clientAddress("6.6.6.6, 198.51.100.4, 10.0.0.3", "10.0.0.2", 2)).toBe("198.51.100.4");
  });
  it("reads only whole positive counts from the setting", () => {
    expect(trustedProxyCount({ KRING_TRUSTED_PROXIES: "2" })).toBe(2);
    expect(trustedProxyCount({ KRING_TRUSTED_PROXIES: "-1" })).toBe(0);
    expect(trustedProxyCount({ KRING_TRUSTED_PROXIES: "abc" })).toBe(0);
  });
});

describe("the hook that stamps every request", () => {
  it("stamps the socket's address and overwrites a forged copy of our header", async () => {
    const http = await import("node:http");
    const { installClientAddressHook } = await import("./client-address-hook");
    const { CLIENT_ADDRESS_HEADER } = await import("./client-address");
    installClientAddressHook();
    const server = http.createServer((request, response) => response.end(String(request.headers[CLIENT_ADDRESS_HEADER])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    try {
      const seen = new Set<string>();
      for (let i = 0; i < 35; i++) {
        const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-for": `10.0.${i}.1`, [CLIENT_ADDRESS_HEADER]: `10.9.${i}.9` } });
        seen.add(await response.text());
      }
      // 35 rotated headers from one host: one address, so one rate-limit bucket.
      expect([...seen]).toEqual(["127.0.0.1"]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
