import { AlertTriangleIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { ConnectAccountButton } from "@/components/oauth-sessions/connect-account-button";
import type { IntegrationReauthorization } from "@/lib/server/oauth-sessions/get-integration-reauthorization";
import { REAUTHORIZATION_COUNT_CAP } from "@/lib/server/oauth-sessions/get-integration-reauthorization";

/**
 * A Viewer integration's page: the signed-in user's connection needs reauthorization (Reconnect
 * goes back to the provider), and for admins, how many members' connections do. Nothing when all work.
 */
export function ReauthorizationBanner({ integrationGuid, state }: { integrationGuid: string; state: IntegrationReauthorization }) {
  const others = state.others ?? 0;
  if (!state.own && others === 0) return null;
  const count = others > REAUTHORIZATION_COUNT_CAP ? `More than ${REAUTHORIZATION_COUNT_CAP.toLocaleString("en")}` : String(others);
  return (
    <div role="status" data-testid="reauthorization-banner" className="mb-4 flex flex-wrap items-start gap-3 rounded-md border border-warning/60 bg-warning/10 px-4 py-3 text-sm">
      <AlertTriangleIcon className="mt-0.5 size-4 shrink-0" aria-hidden />
      <div className="min-w-0 flex-1 space-y-1">
        {state.own && (
          <p>
            <strong>Your connected account needs reauthorization.</strong> The provider no longer accepts its tokens (revoked, expired, or the
            integration now points elsewhere), so content you visit cannot act as you until you reconnect.
          </p>
        )}
        {others > 0 && (
          <p>
            {count} member{others === 1 ? "'s" : "s'"} connected account{others === 1 ? " needs" : "s need"} reauthorization: they see it on their
            home page and under <Link href="/connected-accounts" className="underline underline-offset-4">Connected accounts</Link>.
          </p>
        )}
      </div>
      {state.own && <ConnectAccountButton integrationGuid={integrationGuid} label="Reconnect" />}
    </div>
  );
}
