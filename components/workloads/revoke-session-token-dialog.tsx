"use client";

import type { ReactNode } from "react";
import ConfirmDialog from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { revokeSessionTokenAction } from "@/lib/actions/workloads";

/** Revoke one content session token after a confirmation. Loaded on first use (./popups.ts). */
export default function RevokeSessionTokenDialog({ workloadGuid, token, trigger }: { workloadGuid: string; token: { id: string; prefix: string }; trigger?: ReactNode }) {
  return (
    <ConfirmDialog
      trigger={trigger}
      title={`Revoke ${token.prefix}…?`}
      description="A workload presenting this token gets no more tokens from the credential exchange, from now on. This cannot be undone; create another token if it still needs one."
      confirmText="Revoke token"
      destructive
      onConfirm={async () => {
        const result = await revokeSessionTokenAction({ guid: workloadGuid, tokenId: token.id });
        if (result.ok) toast.success(`Revoked ${token.prefix}…`);
        else toast.error(result.error);
      }}
    />
  );
}
