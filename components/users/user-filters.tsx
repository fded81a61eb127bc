"use client";

import { DataTableFilters } from "@/components/data-table/data-table-filters";
import { ROLES } from "@/lib/permissions";

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: role }));
const STATUS_OPTIONS = [
  { value: "active", label: "Active" },
  { value: "disabled", label: "Locked" },
];

export function UserFilters() {
  return (
    <DataTableFilters
      label="Users"
      id="user"
      search={{ placeholder: "Email, username or name" }}
      selects={[
        { key: "role", label: "Role", any: "All roles", options: ROLE_OPTIONS, width: "w-36" },
        { key: "status", label: "Status", any: "Any status", options: STATUS_OPTIONS, width: "w-36" },
      ]}
    />
  );
}
