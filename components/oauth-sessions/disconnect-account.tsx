"use client";

import { disconnectAccountAction } from "@/lib/actions/oauth-sessions";
import { ConfirmDeleteDialog } from "@/components/ui/confirm-delete-dialog";

/** "Disconnect", after a confirmation: the session and its tokens are deleted. */
export function DisconnectAccount({ sessionGuid, integrationName }: { sessionGuid: string; integrationName: string }) {
  return (
    <ConfirmDeleteDialog
      title={`your ${integrationName} account`}
      description="Content that uses this integration will no longer get your token until you connect again. The grant at the provider is not revoked there."
      confirmLabel="Disconnect"
      triggerLabel="Disconnect"
      action={disconnectAccountAction.bind(null, { guid: sessionGuid })}
      done={{ href: "/connected-accounts", message: `Disconnected ${integrationName}` }}
    />
  );
}
