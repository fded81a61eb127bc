import { PlusIcon, WebhookIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { CreateWebhookDialog } from "@/components/webhooks/popups";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { listWebhooks } from "@/lib/server/webhooks/list-webhooks";
import { StatusBadge } from "@/components/webhooks/status-badge";

export const metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const actor = await requireActor();
  const webhooks = await listWebhooks(actor, await requestContext());
  const add = (
    <CreateWebhookDialog
      trigger={
        <Button aria-haspopup="dialog">
          <PlusIcon aria-hidden />
          Add webhook
        </Button>
      }
    />
  );
  return (
    <>
      <PageHeader title="Webhooks" description="Signed (Standard Webhooks) messages about credentials and changes, retried for 24 hours." actions={add} />
      {webhooks.length === 0 ? (
        <EmptyState icon={<WebhookIcon />} title="No webhooks yet" description="Add an endpoint to be told before a secret expires, when a token needs reauthorization, or when an integration changes." />
      ) : (
        <div className="overflow-x-auto rounded-md border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Endpoint</TableHead>
                <TableHead>Status</TableHead>
                <TableHead>Events</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {webhooks.map((w) => (
                <TableRow key={w.id}>
                  <TableCell className="max-w-xs whitespace-normal">
                    <Link href={`/settings/webhooks/${w.id}`} className="font-medium break-all underline-offset-4 hover:underline">
                      {w.url}
                    </Link>
                    {w.description && <p className="text-xs text-muted-foreground">{w.description}</p>}
                  </TableCell>
                  <TableCell>
                    <StatusBadge status={w.status} enabled={w.enabled} />
                  </TableCell>
                  <TableCell className="whitespace-normal">
                    <Badge variant="secondary">{w.events.length} events</Badge>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
