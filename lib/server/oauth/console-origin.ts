import "server-only";
// The console's public origin as the browser sees it, for the OAuth callback URL that providers
// redirect to (and that the app's page tells admins to register). Behind a proxy, the proxy's
// X-Forwarded-Proto / X-Forwarded-Host are used.
import { headers } from "next/headers";
import { forwardedOrigin } from "@/lib/security/forwarded-origin";
import { OAUTH_CALLBACK_PATH } from "./index";

export async function consoleOrigin(): Promise<string> {
  return forwardedOrigin(await headers(), new URL("http://localhost"));
}

export const callbackUrl = async () => `${await consoleOrigin()}${OAUTH_CALLBACK_PATH}`;
