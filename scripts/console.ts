// `npm run console -- <command>`: the admin CLI. Output meant for scripts goes to stdout (an API
// key or a token, nothing else); progress and errors go to stderr; any failure exits non-zero.
import { randomBytes } from "node:crypto";
import { Command, CommanderError } from "commander";
import { runMigrations } from "./lib/migrate";
import { resolveDatabase } from "./lib/resolve-database";

const info = (m: string) => console.error(m);

async function withDatabase<T>(work: () => Promise<T>, { migrate = false } = {}): Promise<T> {
  const database = await resolveDatabase(() => {}, { reuseRunning: true });
  try {
    if (migrate) await runMigrations(database.url);
    return await work();
  } finally {
    const { db } = await import("../lib/server/db/client");
    await db.$disconnect().catch(() => {});
    await database.stop();
  }
}

const program = new Command()
  .name("console")
  .description("Integration Console admin CLI")
  .showHelpAfterError()
  .exitOverride();

const org = program.command("org").description("manage organisations");
org
  .command("create")
  .description("create an organisation")
  .requiredOption("--slug <slug>", "short name used in URLs and --org options")
  .requiredOption("--name <name>", "display name")
  .action(async (o: { slug: string; name: string }) => {
    await withDatabase(async () => {
      const { createOrganization } = await import("../lib/server/organizations/create-organization");
      const { cliContext } = await import("../lib/server/auth/actor");
      const created = await createOrganization(o, cliContext());
      info(`created organisation ${created.slug} ("${created.name}")`);
    });
  });

const user = program.command("user").description("manage users");
user
  .command("create")
  .description("create a user, or invite one (an email that already has an account, or --invite) to the organisation")
  .requiredOption("--email <email>", "email address (the sign-in name)")
  .requiredOption("--role <role>", "admin | publisher | viewer")
  .option("--username <username>", "letters, digits, '.', '_', '-' (unique); derived from the email when omitted")
  .option("--org <slug>", "organisation slug", "default")
  .option("--password <password>", "initial password of a new account (min. 12 characters); generated and printed when omitted")
  .option("--must-change-password", "a given --password must be changed at the first console sign-in (a generated one always must)")
  .option("--invite", "no password: print an invitation link through which the person sets their own")
  .option("--first-name <name>", "first name", "")
  .option("--last-name <name>", "last name", "")
  .action(async (o: { email: string; role: string; username?: string; org: string; password?: string; mustChangePassword?: boolean; invite?: boolean; firstName: string; lastName: string }) => {
    await withDatabase(async () => {
      const { findOrganizationBySlug } = await import("../lib/server/organizations/find-organization");
      const { provisionUser } = await import("../lib/server/users/provision-user");
      const { deliverInvitation } = await import("../lib/server/invitations/deliver-invitation");
      const { cliContext } = await import("../lib/server/auth/actor");
      const organization = await findOrganizationBySlug(o.org);
      const password = o.invite ? undefined : (o.password ?? randomBytes(18).toString("base64url"));
      const input = { email: o.email, username: o.username, role: o.role, password, firstName: o.firstName, lastName: o.lastName };
      const result = await provisionUser({ actor: null, label: "cli" }, organization.id, input, cliContext(), { mustChangePassword: !o.password || Boolean(o.mustChangePassword) });
      if (result.status === "invited") {
        const { link, emailed } = await deliverInvitation(organization.id, result);
        process.stdout.write(link + "\n");
        // A password given for an existing account is never applied: that person accepts with their own.
        return info(`invited ${result.invitation.email} to ${organization.slug} as ${result.invitation.role}, pending until they accept (link valid 7 days${emailed ? ", e-mailed" : ""})`);
      }
      const member = result.member;
      info(`created ${member.email} (username ${member.username}) as ${member.role} in ${organization.slug}`);
      if (!o.password) info(`generated password (shown once; to be changed at the first sign-in): ${password}`);
    });
  });
user
  .command("reset-link")
  .description("issue a one-time password reset link (24 h; a newer link voids older ones); prints only the link")
  .requiredOption("--email <email>", "the account's email")
  .action(async (o: { email: string }) => {
    await withDatabase(async () => {
      const { issueResetLinkForEmail } = await import("../lib/server/passwords/reset-links");
      const { cliContext } = await import("../lib/server/auth/actor");
      const { link, emailed } = await issueResetLinkForEmail(o.email, cliContext());
      process.stdout.write(link + "\n");
      info(`reset link for ${o.email.trim().toLowerCase()}, valid 24 hours${emailed ? ", e-mailed" : ""}`);
    });
  });

const apiKey = program.command("api-key").description("manage API keys");
apiKey
  .command("create")
  .description("create an API key for a user; prints only the key on stdout")
  .requiredOption("--user <email|username>", "the key's owner: email or username")
  .requiredOption("--name <name>", "a name to recognise the key by")
  .option("--org <slug>", "organisation slug", "default")
  .action(async (o: { user: string; name: string; org: string }) => {
    await withDatabase(async () => {
      const { issueApiKeyForUser } = await import("../lib/server/api-keys/issue-api-key-for-user");
      const { cliContext } = await import("../lib/server/auth/actor");
      const { key, apiKey: created } = await issueApiKeyForUser(o.user, o.org, o.name, cliContext());
      process.stdout.write(key + "\n");
      info(`created API key ${created.prefix}… ("${created.name}") for ${o.user} in ${o.org}`);
    });
  });

const content = program.command("content").description("workloads (Posit's content)");
content
  .command("token")
  .description("content session tokens")
  .command("create")
  .description("create a content session token for a workload; prints only the token on stdout")
  .requiredOption("--content <guid|name>", "the workload: its guid, or its name")
  .option("--org <slug>", "organisation slug", "default")
  .action(async (o: { content: string; org: string }) => {
    await withDatabase(async () => {
      const { issueContentSessionToken } = await import("../lib/server/workloads/issue-content-session-token");
      const { cliContext } = await import("../lib/server/auth/actor");
      const { token, sessionToken } = await issueContentSessionToken(o.content, o.org, cliContext());
      process.stdout.write(token + "\n");
      info(`created session token ${sessionToken.prefix}… for workload ${o.content} in ${o.org}`);
    });
  });

const webhook = program.command("webhook").description("outbound webhooks (Standard Webhooks)");
webhook
  .command("create")
  .description("add a webhook endpoint; prints only its signing secret (whsec_…) on stdout")
  .requiredOption("--url <url>", "the endpoint (https)")
  .requiredOption("--events <a,b>", "comma-separated event types, e.g. credential.expiring,credential.expired")
  .option("--org <slug>", "organisation slug", "default")
  .option("--description <text>", "what the endpoint is for", "")
  .action(async (o: { url: string; events: string; org: string; description: string }) => {
    await withDatabase(async () => {
      const { cliOperator } = await import("../lib/server/webhooks/cli-operator");
      const { createWebhook } = await import("../lib/server/webhooks/create-webhook");
      const { cliContext } = await import("../lib/server/auth/actor");
      const events = o.events.split(",").map((e) => e.trim()).filter(Boolean);
      const { webhook: created, secret } = await createWebhook(await cliOperator(o.org), { url: o.url, events, description: o.description }, cliContext());
      process.stdout.write(secret + "\n");
      info(`created webhook ${created.id} → ${created.url} (${created.events.join(", ")}) in ${o.org}`);
    });
  });
webhook
  .command("list")
  .description("list the organisation's webhooks (tab-separated: id, status, enabled, url, events)")
  .option("--org <slug>", "organisation slug", "default")
  .action(async (o: { org: string }) => {
    await withDatabase(async () => {
      const { cliOperator } = await import("../lib/server/webhooks/cli-operator");
      const { listWebhooks } = await import("../lib/server/webhooks/list-webhooks");
      const { cliContext } = await import("../lib/server/auth/actor");
      for (const w of await listWebhooks(await cliOperator(o.org), cliContext())) {
        process.stdout.write([w.id, w.status, w.enabled ? "enabled" : "disabled", w.url, w.events.join(",")].join("\t") + "\n");
      }
    });
  });
webhook
  .command("delete")
  .description("delete a webhook, its pending deliveries and its delivery log")
  .requiredOption("--id <id>", "the webhook's id (see webhook list)")
  .option("--org <slug>", "organisation slug", "default")
  .action(async (o: { id: string; org: string }) => {
    await withDatabase(async () => {
      const { cliOperator } = await import("../lib/server/webhooks/cli-operator");
      const { deleteWebhook } = await import("../lib/server/webhooks/delete-webhook");
      const { cliContext } = await import("../lib/server/auth/actor");
      await deleteWebhook(await cliOperator(o.org), o.id, cliContext());
      info(`deleted webhook ${o.id}`);
    });
  });

const reminders = program.command("reminders").description("expiry reminders (credential.expiring / credential.expired)");
reminders
  .command("run")
  .description("run the expiry reminder job now for every organisation (safe while consoles run)")
  .action(async () => {
    await withDatabase(async () => {
      const { runAllExpiryReminders } = await import("../lib/server/webhooks/expiry-reminders");
      const runs = await runAllExpiryReminders();
      const sent = runs.reduce((n, r) => n + r.sent, 0);
      const skipped = runs.filter((r) => r.skipped).length;
      info(`reminders: ${sent} queued over ${runs.length} organisation(s)${skipped ? `; ${skipped} skipped (another instance was running them)` : ""}`);
    });
  });

const database = program.command("db").description("database maintenance");
database
  .command("migrate")
  .description("apply pending migrations")
  .action(async () => {
    await withDatabase(async () => info("migrations applied"), { migrate: true });
  });
database
  .command("seed")
  .description("create the default organisation and first admin on an empty database")
  .action(async () => {
    await withDatabase(async () => {
      const { bootstrap } = await import("../lib/server/organizations/bootstrap");
      const { cliContext } = await import("../lib/server/auth/actor");
      const result = await bootstrap(cliContext());
      if (!result.createdAdmin) return info("database already has users; nothing to do");
      info(`created the first admin: ${result.createdAdmin.email}`);
      if (result.createdAdmin.generatedPassword) info(`generated password (shown once): ${result.createdAdmin.generatedPassword}`);
    }, { migrate: true });
  });

const keys = program.command("keys").description("master keys");
keys
  .command("rotate")
  .description("re-encrypt every secret under a new master key, online (file keyring: generates the key)")
  .action(async () => {
    await withDatabase(async () => {
      const { generateNextMasterKey, keyring, KEYRING_RELOAD_MS } = await import("../lib/server/crypto/master-key");
      const { rotateSecrets } = await import("../lib/server/secrets/rotate-secrets");
      const { cliContext } = await import("../lib/server/auth/actor");
      const { env } = await import("../lib/env");
      if (!env.masterKey()) {
        info(`new master key ${generateNextMasterKey().id} written; the old one is kept as retired`);
        // A running console re-reads the file keyring only every few seconds and seals new
        // values with the old key until then: re-seal once every console has switched, or
        // those values would stay under the retired key.
        info(`waiting ${(KEYRING_RELOAD_MS + 1000) / 1000} s for running consoles to load the new key…`);
        await new Promise((r) => setTimeout(r, KEYRING_RELOAD_MS + 1000));
      }
      const result = await rotateSecrets(keyring(), cliContext());
      const current = keyring().current.id;
      info(`re-encrypted ${result.resealed} secrets under key ${current}; ${result.alreadyCurrent} changed meanwhile and were already under it`);
      if (result.failed) throw new Error(`${result.failed} secrets could not be decrypted with any known key; they were left unchanged`);
      if (result.remaining) {
        // A console still sealing with an older key (CONSOLE_MASTER_KEY not yet changed and
        // restarted there) wrote these during or after the run.
        throw new Error(
          `${result.remaining} secrets are still under an older key: a running console still seals with it. Give every console the new CONSOLE_MASTER_KEY (the old one in CONSOLE_MASTER_KEYS_RETIRED), restart them, then run keys rotate again`,
        );
      }
      info(`every secret is under key ${current}`);
    });
  });

const audit = program.command("audit").description("audit log");
audit
  .command("verify")
  .description("recompute the audit log's hash chain and check it against the signed head")
  .action(async () => {
    await withDatabase(async () => {
      const { describeHead, verifyAuditChain } = await import("../lib/server/audit/verify-audit-chain");
      const result = await verifyAuditChain();
      if (result.brokenAt) throw new Error(`audit chain broken at event ${result.brokenAt} (after ${result.checked} good events)`);
      if (!result.ok) throw new Error(`audit chain of ${result.checked} events: ${describeHead(result.head)}`);
      info(`audit chain intact: ${result.checked} events; ${describeHead(result.head)}`);
    });
  });

program.parseAsync(process.argv).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 2);
    const message = error instanceof Error ? error.message : String(error);
    const fields = (error as { details?: { fieldErrors?: Record<string, string[]> } }).details?.fieldErrors;
    console.error(`error: ${message}`);
    const entries = Object.entries(fields ?? {});
    if (entries.length > 1) for (const [field, messages] of entries) console.error(`  --${field}: ${messages.join("; ")}`);
    process.exit(1);
  },
);
