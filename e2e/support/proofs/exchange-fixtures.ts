// What Posit's credential exchange and OAuth sessions need in the generated proofs: a workload
// owned by the organisation's publisher, associated with a Service Account integration on the
// loopback provider, and its content session token (the valid exchange body); and OAuth sessions
// (a connected account needs a browser consent, so the row is made in the database, as the
// workload and token are: the console makes them through pages the proofs do not drive).
import { createHash, randomBytes } from "node:crypto";
import { withDatabase } from "../database";
import { unique } from "../helpers";
import { PROOFS_CLIENT, PROOFS_CODE_CLIENT, type ProofsProvider } from "./fixtures";
import { send } from "./http";
import { principals, type OrgName, type Principal } from "./principals";

async function createIntegration(admin: Principal, config: Record<string, string>): Promise<string> {
  const created = await send("POST", "/__api__/v1/oauth/integrations", { headers: { authorization: `Key ${admin.key}` }, body: { name: unique("proofs exchange"), template: "custom", config } });
  if (created.status !== 200) throw new Error(`creating an integration for the exchange proofs: ${created.status} ${created.text.slice(0, 300)}`);
  return (created.json as { guid: string }).guid;
}

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A valid exchange body (form fields) for `org`: a content session token of a workload its publisher owns. */
export async function exchangeBody(org: OrgName, provider: ProofsProvider): Promise<string> {
  const who = principals();
  const guid = await createIntegration(who.adminOf[org], {
    auth_type: "Service Account",
    token_uri: provider.server.tokenUrl,
    client_id: PROOFS_CLIENT.client_id,
    client_secret: PROOFS_CLIENT.client_secret,
    token_endpoint_auth_method: "client_secret_basic",
  });
  const id = Array.from(randomBytes(8), (b) => ALNUM[b % ALNUM.length]).join("");
  const token = `cst_${id}_${randomBytes(32).toString("base64url")}`;
  await withDatabase(async (c) => {
    const { rows } = await c.query(
      `INSERT INTO content_items (id, organization_id, owner_id, name)
       SELECT gen_random_uuid(), m.organization_id, u.id, $2
         FROM users u JOIN memberships m ON m.user_id = u.id JOIN organizations o ON o.id = m.organization_id AND o.slug = $3
        WHERE u.email = $1 RETURNING id, organization_id`,
      [who.memberOf[org].email, unique("proofs-workload").toLowerCase(), who.slugs[org]],
    );
    const content = rows[0];
    await c.query(`INSERT INTO content_associations (content_id, integration_id) SELECT $1, id FROM integrations WHERE guid = $2`, [content.id, guid]);
    await c.query(`INSERT INTO content_session_tokens (id, content_id, organization_id, prefix, hash) VALUES (gen_random_uuid(), $1, $2, $3, $4)`, [
      content.id,
      content.organization_id,
      `cst_${id}`,
      createHash("sha256").update(token).digest("hex"),
    ]);
  });
  return new URLSearchParams({ grant_type: "urn:ietf:params:oauth:grant-type:token-exchange", subject_token: token, subject_token_type: "urn:posit:connect:content-session-token" }).toString();
}

/** A Viewer integration of `owner`'s organisation on the loopback provider (made by its admin); its guid. */
export const createViewerIntegration = (owner: Principal, provider: ProofsProvider) =>
  createIntegration(principals().adminOf[owner.org], {
    auth_type: "Viewer",
    authorization_uri: provider.server.authorizeUrl,
    token_uri: provider.server.tokenUrl,
    client_id: PROOFS_CODE_CLIENT.client_id,
    client_secret: PROOFS_CODE_CLIENT.client_secret,
  });

/** An OAuth session (connected account) of `owner` for a new Viewer integration of its organisation; its guid. */
export async function createOAuthSession(owner: Principal, provider: ProofsProvider): Promise<string> {
  const integration = await createViewerIntegration(owner, provider);
  return withDatabase(async (c) => {
    const { rows } = await c.query(
      `INSERT INTO oauth_sessions (guid, organization_id, user_id, integration_id)
       SELECT gen_random_uuid(), i.organization_id, u.id, i.id FROM integrations i, users u WHERE i.guid = $1 AND u.email = $2
       RETURNING guid::text AS guid`,
      [integration, owner.email],
    );
    return rows[0].guid as string;
  });
}
