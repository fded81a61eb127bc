"use client";

import { useState, useTransition, type MouseEvent } from "react";
import { toast } from "@/components/ui/toast";
import { revokeApiKeyAction } from "@/lib/actions/api-keys";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { RevokeButton } from "./revoke-api-key-button";
import { Spinner } from "@/components/ui/spinner";
import type { ApiKeyDto } from "@/lib/schemas/api-keys";

/** Loaded on first use (./revoke-api-key-button.tsx): mounts open. */
export default function RevokeApiKeyButtonOpen({ apiKey }: { apiKey: Pick<ApiKeyDto, "id" | "name" | "prefix"> }) {
  const [open, setOpen] = useState(true);
  const [pending, startTransition] = useTransition();

  function revoke(event: MouseEvent) {
    event.preventDefault(); // keep the dialog open until the server answers
    startTransition(async () => {
      const result = await revokeApiKeyAction({ id: apiKey.id });
      if (result.ok) toast.success(`Revoked “${apiKey.name}”`);
      else toast.error(result.error);
      setOpen(false);
    });
  }

  return (
    <AlertDialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <AlertDialogTrigger asChild>
        <RevokeButton name={apiKey.name} />
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Revoke “{apiKey.name}”?</AlertDialogTitle>
          <AlertDialogDescription>
            Scripts and clients using <span className="font-mono">{apiKey.prefix}…</span> stop working immediately. This cannot be undone; create a new
            key if you need access again.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <AlertDialogAction variant="destructive" disabled={pending} onClick={revoke}>
            {pending && <Spinner aria-hidden />}
            Revoke key
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
