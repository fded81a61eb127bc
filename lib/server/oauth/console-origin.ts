import "server-only";
// The console's public origin as the browser sees it, for the OAuth callback URL that providers
// redirect to (and that the app's page tells admins to register). Behind a proxy, the proxy's
// X-Forwarded-Proto / X-Forwarded-Host are used.
import { headers } from "next/headers";
import { OAUTH_CALLBACK_PATH } from "./index";

export async function consoleOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host")?.split(",")[0]?.trim() || h.get("host") || "localhost";
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return `${proto === "https" ? "https" : "http"}://${host}`;
}

export const callbackUrl = async () => `${await consoleOrigin()}${OAUTH_CALLBACK_PATH}`;
