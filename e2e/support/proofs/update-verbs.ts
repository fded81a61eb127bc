// Every update verb the race proof runs. A new dialect adds its verb here (HDP PUT
// /api/mgmt/oauthapps/{id}, Versori PUT …/connections/{id}, Fruxon PUT …/integrations/{id}):
// create an object, read its version and a plain-text field, write that field conditionally.
import { withDatabase } from "../database";
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
        "app/(console)/integrations/actions.ts",
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
