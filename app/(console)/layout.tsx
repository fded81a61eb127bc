import type { ReactNode } from "react";
import { ConsoleShell } from "@/components/shell/console-shell";
import { listMyOrganizations } from "@/lib/server/auth/get-session-actor";
import { requireActor } from "@/lib/server/auth/page-auth";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  return (
    <ConsoleShell actor={actor} organizations={await listMyOrganizations(actor)}>
      {children}
    </ConsoleShell>
  );
}
