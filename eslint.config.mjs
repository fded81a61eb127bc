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
    // The OAuth engine serves several domains (OAuth profiles, connections, viewer sessions): it
    // may use the server's infrastructure but no domain service and no dialect, or it would depend
    // on its own users. Domains plug in one layer up (lib/server/oauth-callback-targets.ts). An
    // allow-list, so a new domain folder is kept out without touching this rule.
    files: ["lib/server/oauth/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/lib/server/|\\.\\./)(?!(oauth|auth|crypto|db|secrets|audit|log|request-context)(/|$))",
              message: "The OAuth engine imports no domain: register the domain in lib/server/oauth-callback-targets.ts or pass it in.",
            },
            { regex: "^@/(lib/(dialects|actions)|app|components)/", message: "The OAuth engine imports no dialect, action, route or component." },
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
    // Only lib/server/** talks to the database; everything else goes through a service.
    ignores: ["lib/server/**", "prisma.config.ts", "scripts/**", "test/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@prisma/*", "**/db/generated/**", "**/db/generated"], message: "Only lib/server/** may import Prisma." },
            { group: ["@/lib/server/db/*", "**/lib/server/db/*"], message: "Only lib/server/** may use the database client; call a service." },
          ],
        },
      ],
    },
  },
]);
