import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDateTime, formatRelative } from "@/lib/format";
import { AUTH_TYPE_LABELS, type ConnectionDto } from "@/lib/schemas/switchboard";

export function ConnectionsTable({ items }: { items: ConnectionDto[] }) {
  return (
    <Table data-testid="connections-table">
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>App</TableHead>
          <TableHead>Auth type</TableHead>
          <TableHead>Boards</TableHead>
          <TableHead>Updated</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((c) => (
          <TableRow key={c.id}>
            <TableCell className="font-medium">
              <Link href={`/connections/${c.id}`} className="hover:underline">
                {c.name}
              </Link>
            </TableCell>
            <TableCell>{c.app?.name ?? c.appId}</TableCell>
            <TableCell>
              <Badge variant="outline">{AUTH_TYPE_LABELS[c.authType as keyof typeof AUTH_TYPE_LABELS] ?? c.authType}</Badge>
              {c.token?.state === "needs_reauthorization" && (
                <Badge variant="warning" className="ml-1">
                  Reconnect
                </Badge>
              )}
            </TableCell>
            <TableCell>{c.usedByBoards.length}</TableCell>
            <TableCell>
              <time dateTime={c.updatedAt} title={formatDateTime(c.updatedAt)}>
                {formatRelative(c.updatedAt)}
              </time>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
