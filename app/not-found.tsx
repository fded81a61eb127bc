import type { Metadata } from "next";
import { ConsoleShell } from "@/components/shell/console-shell";
import { NotFoundContent } from "@/components/shell/status-page";
import { getSessionActor, listMyOrganizations } from "@/lib/server/auth/get-session-actor";

export const metadata: Metadata = { title: "Page not found" };

/**
 * Any unknown URL (HTTP 404). Signed in, it is drawn inside the console's shell so the way on is
 * one click away; signed out, on its own with a sign-in link — an unknown URL never redirects.
 */
export default async function NotFound() {
  const actor = await getSessionActor();
  if (!actor) {
    return (
      <main id="main" className="p-6">
        <NotFoundContent signedIn={false} />
      </main>
    );
  }
  return (
    <ConsoleShell actor={actor} organizations={await listMyOrganizations(actor)}>
      <NotFoundContent />
    </ConsoleShell>
  );
}
