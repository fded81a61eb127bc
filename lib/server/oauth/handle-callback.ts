import "server-only";
// GET /oauth/callback: the provider sends the browser back here after "Connect". The flow is
// consumed (single use, same user and browser), the code exchanged, and the flow's target
// stores the tokens. Every outcome is a redirect to a console page; nothing secret is in it.
import { isAppError } from "@/lib/errors";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { getSessionActor } from "@/lib/server/auth/get-session-actor";
import { logUnexpectedError } from "@/lib/server/log";
import { completeAuthorization, OAuthCallbackError, type AuthorizationResult, type PendingFlow } from "./authorization-code";
import type { OAuthClient } from "./token-request";

/**
 * A domain that finishes flows coming back to the console's callback, registered under the
 * `target.kind` its starter gave beginAuthorization: resolveClient loads the client (with its
 * secret) for the code exchange; complete stores the tokens and returns the console path to send
 * the browser to. The engine knows no domain: the callback route hands it the registry.
 */
export type CallbackTarget = {
  resolveClient(flow: PendingFlow): Promise<OAuthClient>;
  complete(flow: PendingFlow, result: AuthorizationResult, actor: Actor, context: RequestContext): Promise<string>;
};
export type CallbackTargets = Readonly<Record<string, CallbackTarget>>;

export async function handleOAuthCallback(
  params: URLSearchParams,
  binding: string | null,
  targets: CallbackTargets,
  context: RequestContext,
): Promise<string> {
  const actor = await getSessionActor();
  try {
    const { flow, result } = await completeAuthorization({
      state: params.get("state"),
      code: params.get("code"),
      error: params.get("error"),
      errorDescription: params.get("error_description"),
      userId: actor?.userId ?? null,
      binding,
      resolveClient: (pending) => {
        const target = Object.hasOwn(targets, pending.target.kind) ? targets[pending.target.kind] : undefined;
        if (!target) throw new OAuthCallbackError("unknown_state", "This sign-in response is for nothing the console knows.");
        return target.resolveClient(pending);
      },
    });
    const target = Object.hasOwn(targets, flow.target.kind) ? targets[flow.target.kind] : undefined;
    // The flow recorded its user and organisation; the session must still be that user there.
    if (!target || !actor || actor.organizationId !== flow.organizationId) return "/oauth/result?reason=other_organization";
    return await target.complete(flow, result, actor, context);
  } catch (error) {
    if (error instanceof OAuthCallbackError) return `/oauth/result?reason=${error.reason}`;
    if (isAppError(error)) return `/oauth/result?reason=${error.code}`;
    logUnexpectedError(error, context.requestId);
    return "/oauth/result?reason=internal";
  }
}
