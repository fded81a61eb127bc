"use client";

import type { ReactNode } from "react";
import { toast } from "@/components/ui/toast";
import { revokeApiKeyAction } from "@/lib/actions/api-keys";
import ConfirmDialog from "@/components/ui/confirm-dialog";
import type { ApiKeyDto } from "@/lib/schemas/api-keys";

/** Revoke a key after a confirmation. Loaded on first use (./popups.ts). */
export default function RevokeApiKeyDialog({ apiKey, trigger }: { apiKey: Pick<ApiKeyDto, "id" | "name" | "prefix">; trigger?: ReactNode }) {
  return (
    <ConfirmDialog
      trigger={trigger}
      title={`Revoke “${apiKey.name}”?`}
      description={
        <>
          Scripts and clients using <span className="font-mono">{apiKey.prefix}…</span> stop working immediately. This cannot be undone; create a new
          key if you need access again.
        </>
      }
      confirmText="Revoke key"
      destructive
      onConfirm={async () => {
        const result = await revokeApiKeyAction({ id: apiKey.id });
        if (result.ok) toast.success(`Revoked “${apiKey.name}”`);
        else toast.error(result.error);
      }}
    />
  );
}
