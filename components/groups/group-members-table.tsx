"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { UserMinusIcon } from "lucide-react";
import { useMemo } from "react";
import { DataTable, type ServerListProps } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { WrapText } from "@/components/ui/wrap-text";
import type { MemberDto } from "@/lib/schemas/users";
import { RemoveMemberDialog } from "./popups";

type Props = ServerListProps<MemberDto> & { groupGuid: string; groupName: string; canManage: boolean };

function memberColumns(groupGuid: string, groupName: string, canManage: boolean): ColumnDef<MemberDto, unknown>[] {
  return [
    { id: "email", meta: { label: "Email", alwaysVisible: true, className: "min-w-40 whitespace-normal" }, cell: ({ row }) => <WrapText className="font-medium">{row.original.email}</WrapText> },
    { id: "username", meta: { label: "Username", card: "hidden" }, cell: ({ row }) => <code className="font-mono text-xs break-all">{row.original.username}</code> },
    {
      id: "name",
      meta: { label: "Name" },
      cell: ({ row }) => [row.original.firstName, row.original.lastName].filter(Boolean).join(" ") || <span className="text-muted-foreground">—</span>,
    },
    { id: "role", meta: { label: "Role" }, cell: ({ row }) => row.original.role },
    {
      id: "status",
      meta: { label: "Status", card: "hidden" },
      cell: ({ row }) => (row.original.disabled ? <Badge variant="secondary">Locked</Badge> : <Badge variant="success">Active</Badge>),
    },
    ...(canManage
      ? [
          {
            id: "actions",
            enableHiding: false,
            header: () => <span className="sr-only">Actions</span>,
            meta: { className: "text-right" },
            cell: ({ row }) => (
              <RemoveMemberDialog
                groupGuid={groupGuid}
                groupName={groupName}
                member={row.original}
                trigger={
                  <Button variant="outline" size="sm" aria-label={`Remove ${row.original.email}`} aria-haspopup="dialog">
                    <UserMinusIcon aria-hidden />
                    Remove
                  </Button>
                }
              />
            ),
          } satisfies ColumnDef<MemberDto, unknown>,
        ]
      : []),
  ];
}

/** A group's members, in the order they were added (no sort), paged by number. */
export function GroupMembersTable({ groupGuid, groupName, canManage, ...props }: Props) {
  const columns = useMemo(() => memberColumns(groupGuid, groupName, canManage), [groupGuid, groupName, canManage]);
  return (
    <DataTable
      {...props}
      data-testid="group-members-table"
      tableId="group-members"
      noun={["member", "members"]}
      columns={columns}
      getRowId={(m) => m.userId}
      // The members card is narrow beside the group's details: the username is behind "Columns".
      defaultHidden={{ username: false }}
      empty={<EmptyState title="No members yet" description={canManage ? "Add someone by email address or username above." : undefined} />}
    />
  );
}
