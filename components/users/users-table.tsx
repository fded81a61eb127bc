import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate, formatDateTime } from "@/lib/format";
import type { MemberDto } from "@/lib/schemas/users";
import { MemberRoleSelect } from "./member-role-select";
import { MemberStatusButton } from "./member-status-button";

type Props = { members: MemberDto[]; currentUserId: string; canManage: boolean };

/**
 * Members of the organisation. An admin does not change their own role or status here: doing so
 * could lock them out mid-click, and the service keeps the last admin anyway.
 */
export function UsersTable({ members, currentUserId, canManage }: Props) {
  return (
    <Table data-testid="users-table">
      <TableHeader>
        <TableRow>
          <TableHead>Email</TableHead>
          <TableHead>Name</TableHead>
          <TableHead>Role</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Created</TableHead>
          {canManage && (
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          )}
        </TableRow>
      </TableHeader>
      <TableBody>
        {members.map((member) => {
          const self = member.userId === currentUserId;
          const name = [member.firstName, member.lastName].filter(Boolean).join(" ");
          return (
            <TableRow key={member.userId}>
              <TableCell className="font-medium">
                {member.email}
                {self && <span className="ml-2 text-xs font-normal text-muted-foreground">(you)</span>}
              </TableCell>
              <TableCell>{name || <span className="text-muted-foreground">—</span>}</TableCell>
              <TableCell>{canManage ? <MemberRoleSelect member={member} disabled={self} /> : member.role}</TableCell>
              <TableCell>
                <Badge variant={member.disabled ? "secondary" : "success"}>{member.disabled ? "Disabled" : "Active"}</Badge>
              </TableCell>
              <TableCell>
                <time dateTime={member.createdAt} title={formatDateTime(member.createdAt)}>
                  {formatDate(member.createdAt)}
                </time>
              </TableCell>
              {canManage && (
                <TableCell className="text-right">
                  <MemberStatusButton member={member} disabled={self} />
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
