import "server-only";
// The OAuth redirect URI of Switchboard connections (register it with the provider; the console's
// app page shows it): FinaliseConnectionCallback's path on this console's origin.
import { publicOrigin } from "@/lib/dialects/shared/public-origin";

export const CONNECTION_CALLBACK_PATH = "/api/switchboard/v1alpha1/connections/oauth2/callback";

/** The callback URL on the origin the request came in on (proxies: X-Forwarded-Proto/Host). */
export function callbackUrl(request: Request): string {
  return `${publicOrigin(request)}${CONNECTION_CALLBACK_PATH}`;
}

