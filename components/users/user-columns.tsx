"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { LockIcon, LockOpenIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { RelativeTime } from "@/components/ui/relative-time";
import { WrapText } from "@/components/ui/wrap-text";
import type { MemberDto } from "@/lib/schemas/users";
import { MemberRoleSelect } from "./member-role-select";
import { issueResetLinkAction } from "@/lib/actions/users";
import { LinkDialog, MemberLockDialog } from "./popups";

/**
 * Members of the organisation. An admin does not change their own role or lock themselves here:
 * doing so could lock them out mid-click, and the service keeps the last admin anyway.
 */
export function userColumns(currentUserId: string, canManage: boolean): ColumnDef<MemberDto, unknown>[] {
  return [
    {
      id: "email",
      meta: { label: "Email", sortKey: "email", alwaysVisible: true },
      cell: ({ row }) => (
        <span className="font-medium">
          <WrapText>{row.original.email}</WrapText>
          {row.original.userId === currentUserId && <span className="ml-2 text-xs font-normal text-muted-foreground">(you)</span>}
        </span>
      ),
    },
    {
      id: "username",
      meta: { label: "Username", card: "hidden", className: "max-w-[12rem]" },
      cell: ({ row }) => <code className="font-mono text-xs break-all">{row.original.username}</code>,
    },
    {
      id: "name",
      meta: { label: "Name", sortKey: "name", card: "hidden" },
      cell: ({ row }) => [row.original.firstName, row.original.lastName].filter(Boolean).join(" ") || <span className="text-muted-foreground">—</span>,
    },
    {
      id: "role",
      meta: { label: "Role", sortKey: "role" },
      cell: ({ row }) =>
        canManage ? <MemberRoleSelect member={row.original} disabled={row.original.userId === currentUserId} /> : row.original.role,
    },
    {
      id: "status",
      meta: { label: "Status" },
      cell: ({ row }) =>
        row.original.disabled ? (
          <Badge variant="secondary">
            <LockIcon aria-hidden />
            Locked
          </Badge>
        ) : (
          <Badge variant="success">Active</Badge>
        ),
    },
    { id: "created", meta: { label: "Created", sortKey: "created", sortDescFirst: true, card: "hidden" }, cell: ({ row }) => <RelativeTime value={row.original.createdAt} /> },
    ...(canManage
      ? [
          {
            id: "actions",
            enableHiding: false,
            header: () => <span className="sr-only">Actions</span>,
            meta: { className: "text-right" },
            cell: ({ row }) => {
              const verb = row.original.disabled ? "Unlock" : "Lock";
              return (
                <div className="flex justify-end gap-2">
                  <LinkDialog
                    trigger={
                      <Button variant="outline" size="sm" aria-label={`Password reset link for ${row.original.email}`} aria-haspopup="dialog" disabled={row.original.userId === currentUserId}>
                        Reset link
                      </Button>
                    }
                    title={`Password reset link for ${row.original.email}`}
                    description="A one-time link, valid 24 hours, through which they set a new password; it voids any earlier link, and using it ends all their sessions. An account that also belongs to another organisation gets it by e-mail only."
                    confirmText="Make link"
                    run={() => issueResetLinkAction({ userId: row.original.userId })}
                    label="Reset link"
                    testId="reset-link"
                    note="One use, valid 24 hours. You won't see it again: only a hash is kept."
                  />
                  <MemberLockDialog
                    member={row.original}
                    trigger={
                      <Button variant="outline" size="sm" aria-label={`${verb} ${row.original.email}`} aria-haspopup="dialog" disabled={row.original.userId === currentUserId}>
                        {row.original.disabled ? <LockOpenIcon aria-hidden /> : <LockIcon aria-hidden />}
                        {verb}
                      </Button>
                    }
                  />
                </div>
              );
            },
          } satisfies ColumnDef<MemberDto, unknown>,
        ]
      : []),
  ];
}
