// Valid requests for the generated proofs: a body each operation accepts, and a fresh object of
// each type in a given organisation. Bodies come from a short table where a valid body needs
// domain knowledge (a template name, a reachable token endpoint), else from the document: an
// example if it gives one, else a value built from the request schema.
import { consoleCli } from "../cli";
import { withDatabase } from "../database";
import { unique } from "../helpers";
import { at, type OpenApiDocument, type Operation } from "./documents";
import {
  createDialectObject,
  fruxonBody,
  fruxonVerifyBody,
  hdpAppBody,
  hdpProfileBody,
  versoriAppBody,
  versoriBoardBody,
  versoriConnectionBody,
  withOrg,
  type OrgRefs,
  type ProofsProvider,
} from "./fixtures";
import { createOAuthSession } from "./exchange-fixtures";
import { send } from "./http";
import { credentials, principals, type OrgName, type Principal } from "./principals";

type Json = Record<string, unknown>;
type Schema = Json & { $ref?: string; type?: string | string[]; properties?: Record<string, Schema>; required?: string[]; items?: Schema };

/**
 * `memberGuid`: a user of the caller's organisation that bodies may name (a group's new member).
 * `targets`: which set of target users (see targetUser) objects of type "user" come from.
 */
export type Context = { tokenUrl: string; canary?: string; memberGuid?: string; targets?: string; provider?: ProofsProvider; refs?: OrgRefs };

const providerIn = (ctx: Context): ProofsProvider => {
  if (!ctx.provider) throw new Error("this body names the loopback OAuth server: pass startProofsProvider()'s provider in the context");
  return ctx.provider;
};
const refsIn = (ctx: Context): OrgRefs => {
  if (!ctx.refs) throw new Error("this body names other objects: pass the caller's organisation's refs (refsOf) in the context");
  return ctx.refs;
};

/** A Service Account integration that "verify" can really verify against the loopback OAuth server. */
export const integrationBody = (ctx: Context, name = "proofs") => ({
  name,
  description: "made by the proofs",
  template: "custom",
  config: { auth_type: "Service Account", token_uri: ctx.tokenUrl, client_id: "proofs-client", client_secret: ctx.canary ?? "proofs-client-secret-1", token_endpoint_auth_method: "client_secret_basic" },
});

const KNOWN_BODIES: Record<string, (ctx: Context) => unknown> = {
  "posit createIntegration": (ctx) => integrationBody(ctx),
  // With a canary (the fuzzer): a new secret too, which must never come back.
  "posit updateIntegration": (ctx) => ({ description: `updated by the proofs ${Date.now()}`, ...(ctx.canary && { config: integrationBody(ctx).config }) }),
  "posit createContent": () => ({ name: unique("proofs").toLowerCase(), title: "Made by the proofs" }),
  "posit updateContent": () => ({ description: `updated by the proofs ${Date.now()}` }),
  "posit setContentAssociations": () => [],
  // Form fields naming a workload of the caller's organisation that its publisher owns (./exchange-fixtures.ts).
  "posit exchangeCredentials": (ctx) => refsIn(ctx).exchangeBody,
  "posit createGroup": () => ({ name: unique("proofs group") }),
  "posit addGroupMember": (ctx) => ({ user_guid: ctx.memberGuid ?? crypto.randomUUID() }),
  // Never lock: the target stays usable for the next cell (the fuzzer may still lock its own target).
  "posit lockUser": () => ({ locked: false }),
  // A new account each time: an email already in use (in any organisation) is a 409.
  "posit createUser": () => ({ email: `${unique("proofs-new-user").toLowerCase()}@example.com`, password: "proofs-new-user-password-1" }),
  // Every field a user update changes (the target is never a caller: see targetUser); a role change is left out.
  "posit updateUser": () => ({ email: `${unique("proofs-target").toLowerCase()}@example.com`, username: unique("proofs-target").toLowerCase(), first_name: "Proofs", last_name: "Target" }),
  "posit patchUser": () => ({ first_name: "Proofs", last_name: `Target ${Date.now()}` }),
  "hdp createOAuthApplication": (ctx) => hdpAppBody(providerIn(ctx), ctx.canary),
  "hdp updateOAuthApplication": (ctx) => hdpAppBody(providerIn(ctx), ctx.canary),
  "hdp createOAuthProfile": (ctx) => hdpProfileBody(refsIn(ctx).hdpAppId, ctx.canary ?? "proofs-refresh-token-1"),
  "hdp updateOAuthProfile": (ctx) => hdpProfileBody(refsIn(ctx).hdpAppId, ctx.canary),
  "fruxon createIntegration": (ctx) => fruxonBody(providerIn(ctx), ctx.canary),
  "fruxon updateIntegration": (ctx) => (ctx.canary ? fruxonBody(providerIn(ctx), ctx.canary) : { description: `updated by the proofs ${Date.now()}` }),
  "fruxon verifyIntegrationConfig": (ctx) => fruxonVerifyBody(providerIn(ctx), ctx.canary),
  "versori CreateApp": (ctx) => versoriAppBody(ctx.canary),
  "versori UpdateApp": (ctx) => versoriAppBody(ctx.canary),
  "versori CreateConnection": (ctx) => versoriConnectionBody(refsIn(ctx).versoriAppId, ctx.canary),
  "versori UpdateConnection": (ctx) => ({ name: unique("Proofs connection"), data: { apiKey: ctx.canary ?? "proofs-api-key-2" } }),
  "versori InitialiseConnection": (ctx) => ({ appId: refsIn(ctx).versoriAppId, authType: "apikey" }),
  "versori CreateBoard": () => versoriBoardBody(),
  "versori UpdateBoard": () => versoriBoardBody(),
};

const targets = new Map<string, Promise<string>>();

/**
 * A user of each organisation that exists to be the object of user operations (lock, get, a
 * group's member) — never one of the callers, whom a lock would lock out. Its guid is read from the
 * database (the API names no user by email).
 */
export function targetUser(org: OrgName, set = "matrix"): Promise<string> {
  let guid = targets.get(`${set} ${org}`);
  if (!guid) {
    const email = `${unique(`proofs-${set}-target-${org}`)}@example.com`;
    consoleCli(["user", "create", "--email", email, "--role", "viewer", "--org", principals().slugs[org], "--password", "proofs-target-password-1"]);
    guid = withDatabase(async (c) => (await c.query("SELECT id FROM users WHERE email = $1", [email])).rows[0].id as string);
    targets.set(`${set} ${org}`, guid);
  }
  return guid;
}

export function validBody(op: Operation, ctx: Context): unknown {
  const known = KNOWN_BODIES[`${op.dialect} ${op.operationId}`];
  if (known) return known(ctx);
  if (!op.bodySchemaPointer) return undefined;
  const media = at(op.document, op.bodySchemaPointer.replace(/\/schema$/, "")) as Json;
  if (media.example !== undefined) return media.example;
  const schema = resolve(op.document, media.schema as Schema);
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
  return sample(op.document, schema, 0);
}

const resolve = (document: OpenApiDocument, schema: Schema): Schema => (schema?.$ref ? resolve(document, at(document, schema.$ref) as Schema) : schema ?? {});

/** A value the schema accepts (required keys only), for operations the table does not know. */
export function sample(document: OpenApiDocument, raw: Schema, depth: number): unknown {
  const schema = resolve(document, raw);
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  for (const key of ["anyOf", "oneOf", "allOf"] as const) {
    const options = schema[key] as Schema[] | undefined;
    if (options?.length) return sample(document, options.find((o) => resolve(document, o).type !== "null") ?? options[0], depth + 1);
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "object": {
      const out: Json = {};
      for (const key of schema.required ?? []) out[key] = depth > 6 ? null : sample(document, schema.properties?.[key] ?? {}, depth + 1);
      return out;
    }
    case "array":
      return (schema.minItems as number | undefined) ? [sample(document, schema.items ?? {}, depth + 1)] : [];
    case "integer":
    case "number":
      return (schema.minimum as number | undefined) ?? 1;
    case "boolean":
      return true;
    case "null":
      return null;
    default: {
      const format = schema.format as string | undefined;
      // Unique: cells run concurrently, and emails and names are often unique keys.
      if (format === "email") return `${unique("proofs")}@example.com`.toLowerCase();
      if (format === "uri" || format === "url") return "https://idp.example.com/oauth2/token";
      if (format === "uuid") return crypto.randomUUID();
      if (format === "date-time") return new Date().toISOString();
      const min = (schema.minLength as number | undefined) ?? 1;
      return unique("proofs").padEnd(min, "x").slice(0, Math.max(min, (schema.maxLength as number | undefined) ?? 64));
    }
  }
}

/** Fresh objects of each type, made through the API as their organisation's admin (or owner). */
export async function createObject(op: Operation, owner: Principal, ctx: Context, dialects: { operations: Operation[] }[]): Promise<string> {
  const type = op.object!.type;
  const as = (document: OpenApiDocument) => credentials(document, owner);
  if (op.ownership === "global") return type === "template" ? "custom" : existingGlobal(op, owner);
  if (op.dialect === "posit" && type === "user") return targetUser(owner.org, ctx.targets);
  if (op.dialect === "posit" && type === "integration") {
    const positDoc = dialects.flatMap((d) => d.operations).find((o) => o.dialect === "posit")!.document;
    const created = await send("POST", "/__api__/v1/oauth/integrations", { headers: as(positDoc), body: integrationBody(ctx, `proofs ${owner.org}`) });
    if (created.status !== 200) throw new Error(`creating an integration as ${owner.name}: ${created.status} ${created.text}`);
    return (created.json as { guid: string }).guid;
  }
  if (op.dialect === "posit" && type === "oauth_session") return createOAuthSession(owner, providerIn(ctx));
  if (op.dialect === "posit" && type === "content") {
    const created = await send("POST", "/__api__/v1/content", { headers: as(op.document), body: { name: unique("proofs").toLowerCase() } });
    if (created.status !== 200) throw new Error(`creating content as ${owner.name}: ${created.status} ${created.text}`);
    return (created.json as { guid: string }).guid;
  }
  if (op.dialect !== "posit") return createDialectObject(op.dialect, type, owner, providerIn(ctx), { realRefreshToken: op.operationId === "refreshOAuthProfile" });
  // Another Posit type (groups, …): its own create operation, the collection the object's path sits in.
  const collection = op.path.slice(0, op.path.indexOf(`{${op.object!.param}}`) - 1);
  const create = dialects
    .flatMap((d) => d.operations)
    .find((o) => o.dialect === op.dialect && o.method === "post" && o.ownership === "none" && o.path === collection);
  if (!create) throw new Error(`${op.dialect} ${op.operationId}: no POST ${collection} to create a ${type} with; add a fixture for "${type}" in e2e/support/proofs/requests.ts`);
  const created = await send("POST", collection, { headers: as(op.document), body: validBody(create, ctx) });
  const body = created.json as Json | undefined;
  const id = body?.[op.object!.param] ?? body?.id ?? body?.guid;
  if (created.status >= 300 || (typeof id !== "string" && typeof id !== "number")) {
    throw new Error(`${op.dialect} ${create.operationId}: creating a ${type} for the proofs failed (${created.status} ${created.text.slice(0, 300)}); give the request body an example in the document or add a fixture in e2e/support/proofs/requests.ts`);
  }
  return String(id);
}

async function existingGlobal(op: Operation, owner: Principal): Promise<string> {
  const collection = withOrg(op.path.slice(0, op.path.indexOf(`{${op.object!.param}}`) - 1), owner.org);
  const listed = await send("GET", collection, { headers: credentials(op.document, owner) });
  const first = (Array.isArray(listed.json) ? listed.json : ((listed.json as Json)?.items as unknown[]) ?? [])[0] as Json | undefined;
  const id = first?.[op.object!.param] ?? first?.id;
  if (id === undefined) throw new Error(`${op.dialect} ${op.operationId}: cannot find an existing ${op.object!.type} at ${collection}`);
  return String(id);
}

/** The path with its parameters filled in (unknown ones get a value that names nothing). */
export const fillPath = (path: string, values: Record<string, string>) => path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? crypto.randomUUID()));

/**
 * Path parameters besides the object's and the organisation's, for an object just made: the
 * member to remove from a group is made a member first. Others are left to `fillPath` (a value
 * that names nothing).
 */
export async function objectParams(op: Operation, objectId: string, owner: Principal, ctx: Context): Promise<Record<string, string>> {
  if (op.tenant) return { [op.tenant.param]: principals().slugs[owner.org] };
  if (op.dialect === "posit" && op.path.endsWith("/members/{user_guid}")) {
    const user_guid = await targetUser(owner.org, ctx.targets);
    const added = await send("POST", fillPath(op.path.replace("/{user_guid}", ""), { [op.object!.param]: objectId }), { headers: credentials(op.document, owner), body: { user_guid } });
    if (added.status >= 300) throw new Error(`adding a member to group ${objectId}: ${added.status} ${added.text}`);
    return { user_guid };
  }
  return {};
}
