import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { StatusBadge } from "@/components/webhooks/status-badge";
import { ResendButton, WebhookActions } from "@/components/webhooks/webhook-actions";
import { isAppError } from "@/lib/errors";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { listWebhookAttempts } from "@/lib/server/webhooks/list-webhook-attempts";
import { getWebhook } from "@/lib/server/webhooks/list-webhooks";

export const metadata = { title: "Webhook" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ before?: string }> };

export default async function WebhookPage({ params, searchParams }: Props) {
  const [{ id }, { before }] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  const context = await requestContext();
  const loaded = await Promise.all([getWebhook(actor, id, context), listWebhookAttempts(actor, id, context, before)]).catch((error) => {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  });
  const [webhook, log] = loaded;
  return (
    <>
      <PageHeader title={webhook.url} description={webhook.description || "Webhook endpoint"} />
      <div className="mb-6 grid gap-4">
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="text-muted-foreground">Status</dt>
          <dd>
            <StatusBadge status={webhook.status} enabled={webhook.enabled} />
            {webhook.failingSince && (
              <span className="ml-2 text-xs text-muted-foreground">
                failing since <RelativeTime value={webhook.failingSince} />
              </span>
            )}
          </dd>
          <dt className="text-muted-foreground">Events</dt>
          <dd className="flex flex-wrap gap-1">
            {webhook.events.map((e) => (
              <Badge key={e} variant="secondary" className="font-mono">
                {e}
              </Badge>
            ))}
          </dd>
          {webhook.previousSecretUntil && (
            <>
              <dt className="text-muted-foreground">Previous secret</dt>
              <dd>
                still signs until <RelativeTime value={webhook.previousSecretUntil} />
              </dd>
            </>
          )}
        </dl>
        <WebhookActions id={webhook.id} url={webhook.url} enabled={webhook.enabled} version={webhook.version} />
      </div>
      <h2 className="mb-2 text-base font-semibold">Delivery log</h2>
      {log.items.length === 0 ? (
        <EmptyState title="No deliveries yet" description="Attempts appear here: each one's HTTP status, duration and the start of the answer. Try “Send test event”." />
      ) : (
        <div className="overflow-x-auto rounded-md border">
          <Table aria-label="Delivery log">
            <TableHeader>
              <TableRow>
                <TableHead>When</TableHead>
                <TableHead>Event</TableHead>
                <TableHead>Result</TableHead>
                <TableHead>Duration</TableHead>
                <TableHead>Response</TableHead>
                <TableHead>
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {log.items.map((a) => (
                <TableRow key={a.id}>
                  <TableCell className="whitespace-nowrap">
                    <RelativeTime value={a.attemptedAt} />
                  </TableCell>
                  <TableCell className="font-mono text-xs">{a.eventType}</TableCell>
                  <TableCell>
                    <Badge variant={a.statusCode && a.statusCode < 300 ? "success" : "warning"}>{a.statusCode ?? "no answer"}</Badge>
                    {a.error && <p className="max-w-56 text-xs break-words whitespace-normal text-muted-foreground">{a.error}</p>}
                  </TableCell>
                  <TableCell className="tabular-nums">{a.durationMs} ms</TableCell>
                  <TableCell className="max-w-64">
                    <code className="line-clamp-2 text-xs break-all whitespace-normal">{a.responseExcerpt || "—"}</code>
                  </TableCell>
                  <TableCell>
                    <ResendButton id={webhook.id} deliveryId={a.deliveryId} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {log.next && (
        <p className="mt-3 text-sm">
          <a href={`?before=${log.next}`} className="underline-offset-4 hover:underline">
            Older attempts
          </a>
        </p>
      )}
    </>
  );
}
