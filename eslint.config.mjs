import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", "node_modules/**", "lib/server/db/generated/**", "test-results/**", "playwright-report/**", ".test-results/**", "next-env.d.ts"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Configuration is read in one place (lib/env.ts), so every knob is documented and typed.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through lib/env.ts." },
      ],
    },
  },
  {
    // The engines (OAuth, pagination, the secret store, encryption) serve several domains (OAuth
    // profiles, connections, viewer sessions, every list): they may use the server's infrastructure
    // but no domain service and no dialect, or they would depend on their own users. Domains plug
    // in one layer up (lib/server/oauth-callback-targets.ts). An allow-list, so a new domain
    // folder is kept out without touching this rule.
    files: ["lib/server/{oauth,pagination,secrets,crypto}/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/lib/server/|\\.\\./)(?!(oauth|pagination|secrets|crypto|auth|db|audit|log|request-context)(/|$))",
              message: "An engine imports no domain: pass the domain in (the OAuth callback's are registered in lib/server/oauth-callback-targets.ts).",
            },
            { regex: "^@/(lib/(dialects|actions)|app|components)/", message: "An engine imports no dialect, action, route or component." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/env.ts"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Only lib/server/** talks to the database; everything else goes through a service. Nothing
    // imports from app/ (tests excepted: they call route handlers directly).
    ignores: ["lib/server/**", "prisma.config.ts", "scripts/**", "test/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@prisma/*", "**/db/generated/**", "**/db/generated"], message: "Only lib/server/** may import Prisma." },
            { group: ["@/lib/server/db/*", "**/lib/server/db/*"], message: "Only lib/server/** may use the database client; call a service." },
            // Routes import downward: server actions live in lib/actions/<domain>.ts, not beside a route.
            { group: ["@/app/*", "@/app/**"], message: "Nothing imports from app/: put shared code (server actions: lib/actions/<domain>.ts) under lib/ or components/." },
          ],
          paths: [{ name: "next/link", message: "Use Link from @/components/ui/link (it prefetches on intent, not on sight)." }],
        },
      ],
    },
  },
  {
    // The one place next/link is used: the console's Link wraps it.
    files: ["components/ui/link.tsx"],
    rules: { "no-restricted-imports": "off" },
  },
]);
