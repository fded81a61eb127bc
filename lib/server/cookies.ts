import "server-only";
// Options for every cookie the console sets itself (`ic_org`, `ic_oauth_binding`), as next-auth
// sets its own: HttpOnly (only the server reads them), SameSite=Lax, and Secure when the console is
// served over HTTPS — AUTH_URL is `https:`, or a trusted proxy's X-Forwarded-Proto says so (a
// caller's own X-Forwarded-Proto decides nothing, lib/server/client-ip.ts).
import { headers } from "next/headers";
import { servedOverHttpsTrusted } from "@/lib/server/client-ip";

export type ConsoleCookieOptions = { httpOnly: true; sameSite: "lax"; secure: boolean; path: string; maxAge?: number };

export function consoleCookieOptions(requestHeaders: Headers, scope: { path: string; maxAge?: number }): ConsoleCookieOptions {
  return { httpOnly: true, sameSite: "lax", secure: servedOverHttpsTrusted(requestHeaders), ...scope };
}

/** The same, for the request being served (server actions, route handlers). */
export async function currentCookieOptions(scope: { path: string; maxAge?: number }): Promise<ConsoleCookieOptions> {
  return consoleCookieOptions(await headers(), scope);
}
