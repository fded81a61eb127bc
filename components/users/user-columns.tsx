"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import type { MemberDto } from "@/lib/schemas/users";
import { MemberRoleSelect } from "./member-role-select";
import { MemberStatusButton } from "./member-status-button";

/**
 * Members of the organisation. An admin does not change their own role or status here: doing so
 * could lock them out mid-click, and the service keeps the last admin anyway.
 */
export function userColumns(currentUserId: string, canManage: boolean): ColumnDef<MemberDto, unknown>[] {
  return [
    {
      id: "email",
      meta: { label: "Email", sortKey: "email", alwaysVisible: true },
      cell: ({ row }) => (
        <span className="font-medium break-all">
          {row.original.email}
          {row.original.userId === currentUserId && <span className="ml-2 text-xs font-normal text-muted-foreground">(you)</span>}
        </span>
      ),
    },
    {
      id: "name",
      meta: { label: "Name", sortKey: "name" },
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
      cell: ({ row }) => <Badge variant={row.original.disabled ? "secondary" : "success"}>{row.original.disabled ? "Disabled" : "Active"}</Badge>,
    },
    { id: "created", meta: { label: "Created", sortKey: "created", sortDescFirst: true }, cell: ({ row }) => <RelativeTime value={row.original.createdAt} /> },
    ...(canManage
      ? [
          {
            id: "actions",
            enableHiding: false,
            header: () => <span className="sr-only">Actions</span>,
            meta: { className: "text-right" },
            cell: ({ row }) => <MemberStatusButton member={row.original} disabled={row.original.userId === currentUserId} />,
          } satisfies ColumnDef<MemberDto, unknown>,
        ]
      : []),
  ];
}
