import "server-only";
// When a Viewer integration's endpoint moves, the tokens its users connected with were issued by
// the old provider endpoint: they are never sent to the new one (the secret store binds them), so
// every connected account of the integration needs reauthorization — shown on the dashboard and
// the integration's page, and told to the viewer by the exchange. One set-based statement, in the
// caller's transaction (the integration's update, which audits it).
import type { Tx } from "@/lib/server/db/client";
import { OAUTH_SESSION_RESOURCE } from "./oauth-session-credential";

/** Marks the integration's active connected accounts; returns how many changed. */
export async function markIntegrationSessionsNeedReauthorization(tx: Tx, integrationId: bigint, reason: string): Promise<number> {
  return tx.$executeRaw`
    UPDATE oauth_credentials c
       SET state = 'needs_reauthorization', last_refresh_error = ${reason.slice(0, 600)}, generation = c.generation + 1, lease_until = NULL, updated_at = now()
      FROM oauth_sessions s
     WHERE s.integration_id = ${integrationId} AND c.resource_type = ${OAUTH_SESSION_RESOURCE} AND c.resource_id = s.guid::text
       AND c.state <> 'needs_reauthorization'`;
}
