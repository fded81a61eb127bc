import type { ReactNode } from "react";
import { ConsoleFrame } from "@/components/console-frame";
import { getSessionActor } from "@/lib/server/auth/get-session-actor";

/**
 * Any unknown URL (HTTP 404, from [...missing]). Signed in, it is drawn inside the console's shell
 * so the way on is one click away; signed out, on its own with a sign-in link — an unknown URL
 * never redirects.
 */
export default async function FallbackLayout({ children }: { children: ReactNode }) {
  const actor = await getSessionActor();
  if (!actor) return <main id="main" className="p-6">{children}</main>;
  return <ConsoleFrame actor={actor}>{children}</ConsoleFrame>;
}
