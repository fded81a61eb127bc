import "server-only";
// The caller's connected accounts; with `all`, everyone's in the organisation (admins). Posit's
// GET v1/oauth/sessions is one unpaged array, so this reads every row in keyset batches by id
// (lib/server/pagination/stream.ts): memory stays O(batch) however many sessions there are.
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { keysetBatches, STREAM_BATCH_SIZE } from "@/lib/server/pagination/stream";
import { loadOAuthSessions, type OAuthSessionDto } from "./oauth-session-dto";

export async function listOAuthSessions(
  actor: Actor,
  options: { all?: boolean; batchSize?: number },
  context: RequestContext,
): Promise<AsyncGenerator<OAuthSessionDto[]>> {
  await requirePermission(actor, "oauthSession.own", context);
  if (options.all) await requirePermission(actor, "oauthSession.readAll", context);
  const userId = options.all ? null : actor.userId;
  return keysetBatches(
    (after: bigint | null, limit) => loadOAuthSessions(actor.organizationId, { userId, after }, undefined, limit),
    (s) => BigInt(s.id),
    options.batchSize ?? STREAM_BATCH_SIZE,
  );
}

/** Every batch in one array: for a user's own sessions (one per Viewer integration at most). */
export async function collectOAuthSessions(batches: AsyncIterable<OAuthSessionDto[]>): Promise<OAuthSessionDto[]> {
  const all: OAuthSessionDto[] = [];
  for await (const batch of batches) all.push(...batch);
  return all;
}
