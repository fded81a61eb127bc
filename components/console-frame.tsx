import type { ReactNode } from "react";
import { ConsoleProviders } from "@/components/console-providers";
import { ConsoleShell } from "@/components/shell/console-shell";
import type { Actor } from "@/lib/server/auth/actor";
import { listMyOrganizations } from "@/lib/server/auth/get-session-actor";

/** A signed-in page's frame: the client providers the console needs and the shell around it. */
export async function ConsoleFrame({ actor, children }: { actor: Actor; children: ReactNode }) {
  return (
    <ConsoleProviders>
      <ConsoleShell actor={actor} organizations={await listMyOrganizations(actor)}>
        {children}
      </ConsoleShell>
    </ConsoleProviders>
  );
}
