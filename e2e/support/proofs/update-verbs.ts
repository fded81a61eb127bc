// Posit's update verbs and the console's for the race proof (the other dialects' are in
// ./update-verbs-dialects.ts): create an object, read its version and a plain-text field, write
// that field conditionally.
import { withDatabase } from "../database";
import { unique } from "../helpers";
import { send, versionFromEtag } from "./http";
import type { UpdateVerb, WriteOutcome } from "./race";
import { callServerAction } from "./server-actions";

type Integration = { guid: string };

const auditedIntegrationUpdates = (target: Integration) =>
  withDatabase(async (client) => {
    const { rows } = await client.query(
      `SELECT (after->>'version')::int AS version FROM audit_events
        WHERE resource_type = 'integration' AND resource_id = $1 AND action = 'integration.update' AND outcome = 'success' ORDER BY id`,
      [target.guid],
    );
    return rows.map((r) => r.version as number).sort((a, b) => a - b);
  });

async function createPositIntegration(adminKey: string): Promise<Integration> {
  const created = await send("POST", "/__api__/v1/oauth/integrations", {
    headers: { authorization: `Key ${adminKey}` },
    body: { name: "Race target", description: "start", template: "custom", config: { auth_type: "Service Account", token_uri: "https://idp.example.com/token", client_id: "race", client_secret: "race-secret-1" } },
  });
  if (created.status !== 200) throw new Error(`creating the race target failed: ${created.status} ${created.text}`);
  return { guid: (created.json as Integration).guid };
}

async function readPositIntegration(adminKey: string, target: Integration) {
  const got = await send("GET", `/__api__/v1/oauth/integrations/${target.guid}`, { headers: { authorization: `Key ${adminKey}` } });
  if (got.status !== 200) throw new Error(`reading the race target failed: ${got.status} ${got.text}`);
  return { version: versionFromEtag(got.headers.get("etag")), value: (got.json as { description: string }).description };
}

/** PATCH /__api__/v1/oauth/integrations/{guid} with If-Match. */
export function positPatch(adminKey: string): UpdateVerb<Integration> {
  return {
    name: "Posit PATCH /__api__/v1/oauth/integrations/{guid} (If-Match)",
    create: () => createPositIntegration(adminKey),
    read: (target) => readPositIntegration(adminKey, target),
    async write(target, version, value): Promise<WriteOutcome> {
      const reply = await send("PATCH", `/__api__/v1/oauth/integrations/${target.guid}`, {
        headers: { authorization: `Key ${adminKey}`, "if-match": `"${target.guid}.${version}"` },
        body: { description: value },
      });
      if (reply.status === 200) return { status: "won", version, newVersion: versionFromEtag(reply.headers.get("etag")) };
      if (reply.status === 412) return { status: "stale", version };
      return { status: "other", detail: `${reply.status} ${reply.text}` };
    },
    auditedUpdates: auditedIntegrationUpdates,
  };
}

/**
 * The console's edit form: `updateIntegrationAction` invoked over HTTP exactly as the browser
 * invokes it (Next-Action header, the signed-in session's cookie), with the version the form
 * loaded. A stale version comes back as `{ conflict: true }` (the form's 412).
 */
export function consoleUpdateAction(adminKey: string, session: { cookie: string }): UpdateVerb<Integration> {
  return {
    name: "console updateIntegrationAction (edit form, version loaded)",
    create: () => createPositIntegration(adminKey),
    read: (target) => readPositIntegration(adminKey, target),
    async write(target, version, value): Promise<WriteOutcome> {
      const result = await callServerAction<{ ok?: true; version?: number; conflict?: true; error?: string }>(
        "lib/actions/integrations.ts",
        "updateIntegrationAction",
        `/integrations/${target.guid}/edit`,
        [{ guid: target.guid, version, name: "Race target", description: value, config: {} }],
        session.cookie,
      );
      if (result.ok && typeof result.version === "number") return { status: "won", version, newVersion: result.version };
      if (result.conflict) return { status: "stale", version };
      return { status: "other", detail: JSON.stringify(result) };
    },
    auditedUpdates: auditedIntegrationUpdates,
  };
}

type User = { guid: string; membershipVersion: number };
/** `"<guid>.<account version>.<membership version>"` (a user's ETag) → its two versions. */
const userVersions = (etag: string | null) => {
  const [, account, membership] = /\.(\d+)\.(\d+)"$/.exec(etag ?? "") ?? [];
  return { account: Number(account ?? NaN), membership: Number(membership ?? NaN) };
};

/**
 * PUT /__api__/v1/users/{guid} with If-Match, writing the account's last name (its account
 * version counts the writes). The target is a new account, never one of the callers.
 */
export function positUserPut(adminKey: string): UpdateVerb<User> {
  const headers = { authorization: `Key ${adminKey}` };
  const read = async (target: { guid: string }) => {
    const got = await send("GET", `/__api__/v1/users/${target.guid}`, { headers });
    if (got.status !== 200) throw new Error(`reading the race target user failed: ${got.status} ${got.text}`);
    return { ...userVersions(got.headers.get("etag")), lastName: (got.json as { last_name: string }).last_name };
  };
  return {
    name: "Posit PUT /__api__/v1/users/{guid} (If-Match)",
    async create() {
      const email = `${unique("proofs-race-user").toLowerCase()}@example.com`;
      const created = await send("POST", "/__api__/v1/users", { headers, body: { email, password: "proofs-race-user-password-1", last_name: "start" } });
      if (created.status !== 200) throw new Error(`creating the race target user failed: ${created.status} ${created.text}`);
      const guid = (created.json as { guid: string }).guid;
      return { guid, membershipVersion: (await read({ guid })).membership };
    },
    async read(target) {
      const { account, lastName } = await read(target);
      return { version: account, value: lastName };
    },
    async write(target, version, value): Promise<WriteOutcome> {
      const reply = await send("PUT", `/__api__/v1/users/${target.guid}`, {
        headers: { ...headers, "if-match": `"${target.guid}.${version}.${target.membershipVersion}"` },
        body: { last_name: value },
      });
      if (reply.status === 200) return { status: "won", version, newVersion: userVersions(reply.headers.get("etag")).account };
      if (reply.status === 412) return { status: "stale", version };
      return { status: "other", detail: `${reply.status} ${reply.text}` };
    },
    auditedUpdates: (target) =>
      withDatabase(async (client) => {
        const { rows } = await client.query(
          `SELECT (after->>'accountVersion')::int AS version FROM audit_events
            WHERE resource_type = 'user' AND resource_id = $1 AND action = 'user.update' AND outcome = 'success' ORDER BY id`,
          [target.guid],
        );
        return rows.map((r) => r.version as number).sort((a, b) => a - b);
      }),
  };
}
