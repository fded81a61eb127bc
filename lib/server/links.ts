import "server-only";
// Absolute links the console hands out (invitations, password resets): on AUTH_URL when set, else
// on the origin the admin's browser used, else (the CLI) on http://localhost:PORT.
import { env } from "@/lib/env";

export function consoleLink(path: string, origin?: string | null): string {
  const base = (env.authUrl() ?? origin ?? `http://localhost:${env.port()}`).replace(/\/+$/, "");
  // AUTH_URL may name Auth.js's own path (…/api/auth): links go to the console's root.
  return `${base.replace(/\/api\/auth$/, "")}${path}`;
}
