import "server-only";
// Starting a browser "Connect" flow from an action: the engine's start gets the callback URL and
// this browser's binding (a cookie scoped to the callback path), and the provider's URL goes back
// to the page to navigate to. The callback accepts the flow only from the browser holding it.
import { cookies } from "next/headers";
import { OAUTH_BINDING_COOKIE, OAUTH_CALLBACK_PATH } from "@/lib/server/oauth";
import { callbackUrl } from "@/lib/server/oauth/console-origin";
import { currentCookieOptions } from "@/lib/server/cookies";

type Started = { binding: string; authorizationUrl: string };

export async function withBinding(start: (request: { redirectUri: string; binding: string | null }) => Promise<Started>): Promise<{ url: string }> {
  const jar = await cookies();
  const started = await start({ redirectUri: await callbackUrl(), binding: jar.get(OAUTH_BINDING_COOKIE)?.value ?? null });
  jar.set(OAUTH_BINDING_COOKIE, started.binding, await currentCookieOptions({ path: OAUTH_CALLBACK_PATH, maxAge: 60 * 60 }));
  return { url: started.authorizationUrl };
}
