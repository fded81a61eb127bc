"use client";

import { useMemo } from "react";
import { DataTable, type ServerListProps } from "@/components/data-table/data-table";
import type { MemberDto } from "@/lib/schemas/users";
import { userColumns } from "./user-columns";

export function UsersTable({ currentUserId, canManage, ...props }: ServerListProps<MemberDto> & { currentUserId: string; canManage: boolean }) {
  const columns = useMemo(() => userColumns(currentUserId, canManage), [currentUserId, canManage]);
  return <DataTable {...props} data-testid="users-table" tableId="users" noun={["member", "members"]} columns={columns} getRowId={(m) => m.userId} />;
}
