"use client";

import type { MouseEvent } from "react";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Spinner } from "@/components/ui/spinner";

const WHAT_ROLES_DO: Record<string, string> = {
  admin: "Admins manage integrations, users, roles and the audit log.",
  publisher: "Publishers read integrations and use them in content; they change nothing else.",
  viewer: "Viewers see only their own OAuth profiles and API keys.",
};

type Props = { email: string; from: string; proposed: string; pending: boolean; onConfirm: (event: MouseEvent) => void; onCancel: () => void };

/** The role change's confirmation (./member-role-select.tsx), loaded when a new role is picked. */
export default function MemberRoleConfirm({ email, from, proposed, pending, onConfirm, onCancel }: Props) {
  return (
    <AlertDialog open onOpenChange={(open) => !open && !pending && onCancel()}>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>
            Make {email} {proposed}?
          </AlertDialogTitle>
          <AlertDialogDescription>
            Their role changes from {from} to {proposed} at once, for console sessions and API keys alike. {WHAT_ROLES_DO[proposed] ?? ""}
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <AlertDialogAction disabled={pending} onClick={onConfirm}>
            {pending && <Spinner aria-hidden />}
            Change role
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
