import "server-only";
// The OAuth redirect URI of Switchboard connections (register it with the provider; the console's
// app page shows it): FinaliseConnectionCallback's path on this console's origin.
export const CONNECTION_CALLBACK_PATH = "/api/switchboard/v1alpha1/connections/oauth2/callback";

/** The callback URL on the origin the request came in on (proxies: X-Forwarded-Proto/Host). */
export function callbackUrl(request: Request): string {
  return `${publicOrigin(request)}${CONNECTION_CALLBACK_PATH}`;
}

export function publicOrigin(request: Request): string {
  const url = new URL(request.url);
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() ?? request.headers.get("host");
  return `${proto === "https" || proto === "http" ? proto : url.protocol.replace(":", "")}://${host ?? url.host}`;
}
