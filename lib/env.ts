// The only module that reads process.env (an ESLint rule enforces it). Values are read on each
// call rather than captured at import, because the launcher fills some of them in at start-up.
import path from "node:path";

const read = (name: string): string | undefined => {
  const value = process.env[name];
  return value === undefined || value === "" ? undefined : value;
};

export const env = {
  port: () => Number(read("PORT") ?? 3000),
  databaseUrl: () => read("DATABASE_URL"),
  authSecret: () => read("AUTH_SECRET"),
  masterKey: () => read("CONSOLE_MASTER_KEY"),
  /** Earlier master keys (comma-separated base64), still accepted for decryption during a rotation. */
  retiredMasterKeys: () => read("CONSOLE_MASTER_KEYS_RETIRED"),
  /** The console's public base URL (Auth.js reads it too): invitation, reset and webhook links are built on it; `https:` makes the console's cookies `Secure`. */
  authUrl: () => read("AUTH_URL"),
  /** `smtp://user:pass@host:port` or `smtps://…`: invitation and reset links are also e-mailed. Unset: nothing is sent. */
  smtpUrl: () => read("SMTP_URL"),
  /** The From address of those e-mails. */
  smtpFrom: () => read("SMTP_FROM") ?? "Integration Console <no-reply@localhost>",
  adminEmail: () => read("ADMIN_EMAIL"),
  adminPassword: () => read("ADMIN_PASSWORD"),
  /** Where the embedded database, generated keys and secrets live. */
  // turbopackIgnore: a runtime path, not a file of the build (else the build traces the whole project).
  dataDir: () => path.resolve(/*turbopackIgnore: true*/ read("CONSOLE_DATA_DIR") ?? ".data"),
  /** Lets "verify" reach loopback/private addresses (tests, on-premises identity providers). */
  allowPrivateNetwork: () => read("CONSOLE_ALLOW_PRIVATE_NETWORK") === "true",
  /** Lifetime (seconds) given to a provider's access token that comes without `expires_in`: never "valid forever". */
  tokenDefaultLifetimeSeconds: () => Math.max(60, Number(read("CONSOLE_TOKEN_DEFAULT_LIFETIME_SECONDS") ?? 3600) || 3600),
  /** Single sign-on (OIDC): the identity provider's issuer URL, and this console's client there. */
  oidcIssuer: () => read("AUTH_OIDC_ISSUER"),
  oidcClientId: () => read("AUTH_OIDC_CLIENT_ID"),
  oidcClientSecret: () => read("AUTH_OIDC_CLIENT_SECRET"),
  /** The sign-in button's label: "Sign in with <name>". */
  oidcName: () => read("AUTH_OIDC_NAME") ?? "single sign-on",
  /** Slug of the organisation people join at their first single sign-on. */
  oidcOrganization: () => read("AUTH_OIDC_ORGANIZATION") ?? "default",
  /** The claim the role comes from (e.g. `groups`); unset: new people are viewers and roles are managed here. */
  oidcRoleClaim: () => read("AUTH_OIDC_ROLE_CLAIM"),
  /** Comma-separated claim values that make an admin / a publisher (any other value: viewer). */
  oidcAdminValues: () => read("AUTH_OIDC_ADMIN_VALUES"),
  oidcPublisherValues: () => read("AUTH_OIDC_PUBLISHER_VALUES"),
  /** Lets single sign-on sign in to an existing account of the same, provider-verified email. */
  oidcLinkByEmail: () => read("AUTH_OIDC_LINK_BY_EMAIL") === "true",
  /** `false` turns password sign-in off (console and HDP's Basic with a password), e.g. once single sign-on works. */
  passwordSignIn: () => read("AUTH_PASSWORD_SIGNIN") !== "false",
  /**
   * Proxies whose `X-Forwarded-For` / `X-Real-IP` / `X-Forwarded-Proto` are believed (comma-separated
   * CIDRs or addresses, e.g. `10.0.0.0/8,::1`). Default none: the TCP peer is the client.
   */
  trustedProxies: () => read("TRUSTED_PROXIES") ?? "",
  /** Set by scripts/lib/socket-peer.cjs in the server process: `x-console-peer` is the TCP peer, not a caller's header. */
  socketPeerKnown: () => read("CONSOLE_SOCKET_PEER") === "1",
  launcherPid: () => Number(read("CONSOLE_LAUNCHER_PID") ?? 0),
  /** A Chromium for the e2e suite; found automatically when unset (scripts/test.ts). */
  chromiumPath: () => read("CHROMIUM_PATH"),
  /** Where the e2e suite's console keeps its data and listens (playwright.config.ts). */
  e2ePort: () => Number(read("E2E_PORT") ?? 3210),
  /** Another seed for the fuzzing proof (e2e/api/proofs-fuzz.spec.ts), to explore beyond its fixed one. */
  proofsFuzzSeed: () => Number(read("PROOFS_FUZZ_SEED") ?? NaN),
  /** A running console for `npm run screenshots` to use instead of starting its own. */
  baseUrl: () => read("BASE_URL"),
  logLevel: () => read("LOG_LEVEL") ?? "info",
  /** The webhook worker and the expiry reminder job run in each console process; "false" turns both off (CLI, tests). */
  webhookWorker: () => read("CONSOLE_WEBHOOK_WORKER") !== "false",
  isProduction: () => read("NODE_ENV") === "production",
  isCI: () => read("CI") === "true",
  /** Passed to child processes (migrations, next) so they see what the launcher resolved. */
  snapshot: (): NodeJS.ProcessEnv => ({ ...process.env }),
};

/** For launchers and test setup that resolve a value child processes and services then read. */
export function setEnv(
  name: "DATABASE_URL" | "CONSOLE_MASTER_KEY" | "CONSOLE_ALLOW_PRIVATE_NETWORK" | "AUTH_SECRET" | "TRUSTED_PROXIES" | "CONSOLE_SOCKET_PEER" | "AUTH_URL" | "SMTP_URL",
  value: string | undefined,
): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

export function databaseUrl(): string {
  const url = env.databaseUrl();
  if (!url) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded database)");
  return url;
}

/** Prisma's CLI wants DATABASE_URL resolvable even for `generate`, which never connects. */
export function ensureDatabaseUrlForTooling(): void {
  if (!env.databaseUrl()) setEnv("DATABASE_URL", "postgresql://localhost:5432/unused");
}
