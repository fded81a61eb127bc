import type { ReactNode } from "react";
import { ConsoleShell } from "@/components/shell/console-shell";
import type { Actor } from "@/lib/server/auth/actor";
import { listMyOrganizations } from "@/lib/server/auth/get-session-actor";

/**
 * A signed-in page's frame: the shell around it. No client providers: TanStack Query is provided
 * where it is used (components/query-provider.tsx) and list URL state uses Next's router.
 */
export async function ConsoleFrame({ actor, children }: { actor: Actor; children: ReactNode }) {
  return (
    <ConsoleShell actor={actor} organizations={await listMyOrganizations(actor)}>
      {children}
    </ConsoleShell>
  );
}
