"use client";

import ConfirmDialog from "@/components/ui/confirm-dialog";

const WHAT_ROLES_DO: Record<string, string> = {
  admin: "Admins manage integrations, users, roles and the audit log.",
  publisher: "Publishers read integrations and use them in content; they change nothing else.",
  viewer: "Viewers see only their own OAuth profiles and API keys.",
};

type Props = { email: string; from: string; proposed: string; onConfirm: () => Promise<void>; onCancel: () => void };

/** The role change's confirmation (./member-role-select.tsx), loaded when a new role is picked (./popups.ts). */
export default function MemberRoleDialog({ email, from, proposed, onConfirm, onCancel }: Props) {
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onCancel()}
      title={`Make ${email} ${proposed}?`}
      description={`Their role changes from ${from} to ${proposed} at once, for console sessions and API keys alike. ${WHAT_ROLES_DO[proposed] ?? ""}`}
      confirmText="Change role"
      onConfirm={onConfirm}
    />
  );
}
