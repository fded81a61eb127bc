// The If-Match update verbs of HDP, Fruxon and Versori for the race proof (Posit's and the console
// action are in ./update-verbs.ts): each writes one plain-text field of a fresh object with the
// version it read, in the If-Match form the object's ETag has ("<prefix>.<version>").
import { withDatabase } from "../database";
import { createDialectObject, withOrg, type ProofsProvider } from "./fixtures";
import { send, versionFromEtag } from "./http";
import { principals } from "./principals";
import type { UpdateVerb, WriteOutcome } from "./race";

type Target = { path: string; prefix: string; auditId: string; body: Record<string, unknown> };

type Spec = {
  name: string;
  dialect: string;
  type: string;
  path: string;
  /** The header the dialect takes the admin's key in. */
  auth: (key: string, email: string) => Record<string, string>;
  /** The field the race writes. */
  field: string;
  /** The body of one write (PUT replaces: what it must carry besides the field). */
  body: (current: Record<string, unknown>, value: string) => Record<string, unknown>;
  /** The audit row's resource type and update action. */
  audit: { type: string; action: string };
};

const basic = (key: string, email: string) => ({ authorization: `Basic ${Buffer.from(`${email}:${key}`).toString("base64")}` });
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const raw = (key: string) => ({ authorization: key });
const pick = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k]]));

const SPECS: Spec[] = [
  {
    name: "HDP PUT /api/mgmt/oauthapps/{id} (If-Match)",
    dialect: "hdp",
    type: "oauthApp",
    path: "/api/mgmt/oauthapps/{id}",
    auth: basic,
    field: "description",
    body: (c, value) => ({ ...pick(c, ["name", "dataStore", "clientId", "authorizeURI", "tokenURI", "scope"]), description: value }),
    audit: { type: "oauthApp", action: "oauthApp.update" },
  },
  {
    name: "HDP PUT /api/mgmt/oauthprofiles/{id} (If-Match)",
    dialect: "hdp",
    type: "oauthProfile",
    path: "/api/mgmt/oauthprofiles/{id}",
    auth: basic,
    field: "description",
    body: (c, value) => ({ ...pick(c, ["name", "oauthAppId"]), description: value }),
    audit: { type: "oauthProfile", action: "oauthProfile.update" },
  },
  {
    name: "Fruxon PUT /v1/tenants/{tenant}/integrations/{id} (If-Match)",
    dialect: "fruxon",
    type: "integration",
    path: "/v1/tenants/{tenant}/integrations/{id}",
    auth: bearer,
    field: "description",
    body: (_, value) => ({ description: value }),
    audit: { type: "integration", action: "integration.update" },
  },
  {
    name: "Versori PUT …/organisations/{organisationId}/apps/{appId} (If-Match)",
    dialect: "versori",
    type: "app",
    path: "/api/switchboard/v1alpha1/organisations/{organisationId}/apps/{id}",
    auth: raw,
    field: "name",
    body: (c, value) => ({ name: value, server: c.server, authConfigs: [{ type: "apikey", data: { name: "X-API-Key", in: "header" } }] }),
    audit: { type: "app", action: "app.update" },
  },
  {
    name: "Versori PUT …/organisations/{organisationId}/connections/{connectionId} (If-Match)",
    dialect: "versori",
    type: "connection",
    path: "/api/switchboard/v1alpha1/organisations/{organisationId}/connections/{id}",
    auth: raw,
    field: "name",
    body: (_, value) => ({ name: value, data: {} }),
    audit: { type: "connection", action: "connection.update" },
  },
  {
    name: "Versori PUT …/organisations/{organisationId}/boards/{boardId} (If-Match)",
    dialect: "versori",
    type: "board",
    path: "/api/switchboard/v1alpha1/organisations/{organisationId}/boards/{id}",
    auth: raw,
    field: "name",
    body: (_, value) => ({ name: value, connectionIds: [] }),
    audit: { type: "board", action: "board.update" },
  },
];

function verb(spec: Spec, provider: ProofsProvider): UpdateVerb<Target> {
  const admin = principals().adminOf.home;
  const headers = spec.auth(admin.key!, admin.email);
  const read = async (path: string) => {
    const got = await send("GET", path, { headers });
    if (got.status !== 200) throw new Error(`${spec.name}: reading the race target failed: ${got.status} ${got.text.slice(0, 300)}`);
    const etag = got.headers.get("etag") ?? "";
    return { json: got.json as Record<string, unknown>, etag, version: versionFromEtag(etag) };
  };
  return {
    name: spec.name,
    async create() {
      const id = await createDialectObject(spec.dialect, spec.type, admin, provider);
      const path = withOrg(spec.path, "home").replace("{id}", encodeURIComponent(id));
      const { json, etag } = await read(path);
      const prefix = /^"(.*)\.\d+"$/.exec(etag)?.[1];
      if (!prefix) throw new Error(`${spec.name}: the ETag ${etag} is not "<prefix>.<version>"`);
      // Fruxon's ETag names the integration's guid (what the audit log files it under), HDP's "oauthapp-<id>".
      return { path, prefix, auditId: spec.dialect === "fruxon" ? prefix : id, body: json };
    },
    async read(target) {
      const { json, version } = await read(target.path);
      return { version, value: String(json[spec.field]) };
    },
    async write(target, version, value): Promise<WriteOutcome> {
      const reply = await send("PUT", target.path, { headers: { ...headers, "if-match": `"${target.prefix}.${version}"` }, body: spec.body(target.body, value) });
      if (reply.status === 200) return { status: "won", version, newVersion: versionFromEtag(reply.headers.get("etag")) };
      if (reply.status === 412) return { status: "stale", version };
      return { status: "other", detail: `${reply.status} ${reply.text.slice(0, 300)}` };
    },
    auditedUpdates: (target) =>
      withDatabase(async (client) => {
        const { rows } = await client.query(
          `SELECT (after->>'version')::int AS version FROM audit_events WHERE resource_type = $1 AND resource_id = $2 AND action = $3 AND outcome = 'success' ORDER BY id`,
          [spec.audit.type, target.auditId, spec.audit.action],
        );
        return rows.map((r) => r.version as number).sort((a, b) => a - b);
      }),
  };
}

/** Every dialect's If-Match update verb but Posit's. */
export const dialectUpdateVerbs = (provider: ProofsProvider): UpdateVerb<Target>[] => SPECS.map((s) => verb(s, provider));
