import { Badge, type BadgeProps } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate, formatDateTime, formatRelative } from "@/lib/format";
import type { ApiKeyDto } from "@/lib/schemas/api-keys";
import { apiKeyStatus, type ApiKeyStatus } from "./api-key-status";
import { RevokeApiKeyButton } from "./revoke-api-key-button";

const STATUS_VARIANT: Record<ApiKeyStatus, BadgeProps["variant"]> = { active: "success", expired: "warning", revoked: "secondary" };

function When({ iso, relative, empty }: { iso: string | null; relative?: boolean; empty: string }) {
  if (!iso) return <span className="text-muted-foreground">{empty}</span>;
  return (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {relative ? formatRelative(iso) : formatDate(iso)}
    </time>
  );
}

/** Server-rendered (statuses and relative times depend on the clock). Only the prefix is ever shown. */
export function ApiKeysTable({ keys }: { keys: ApiKeyDto[] }) {
  return (
    <Table data-testid="api-keys-table">
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>Key</TableHead>
          <TableHead>Created</TableHead>
          <TableHead>Last used</TableHead>
          <TableHead>Expires</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {keys.map((key) => {
          const status = apiKeyStatus(key);
          return (
            <TableRow key={key.id}>
              <TableCell className="max-w-64 truncate font-medium" title={key.name}>
                {key.name}
              </TableCell>
              <TableCell className="font-mono text-xs">{key.prefix}…</TableCell>
              <TableCell>
                <When iso={key.createdAt} empty="—" />
              </TableCell>
              <TableCell>
                <When iso={key.lastUsedAt} relative empty="Never" />
              </TableCell>
              <TableCell>
                <When iso={key.expiresAt} empty="Never" />
              </TableCell>
              <TableCell>
                <Badge variant={STATUS_VARIANT[status]}>{status}</Badge>
              </TableCell>
              <TableCell className="text-right">{status !== "revoked" && <RevokeApiKeyButton apiKey={key} />}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
