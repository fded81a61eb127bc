import { Badge } from "@/components/ui/badge";
import type { WebhookStatus } from "@/lib/schemas/webhooks";

export function StatusBadge({ status, enabled }: { status: WebhookStatus; enabled: boolean }) {
  if (status === "disabled") return <Badge variant="warning">Disabled after failing</Badge>;
  if (!enabled) return <Badge variant="outline">Off</Badge>;
  if (status === "failing") return <Badge variant="warning">Failing</Badge>;
  return <Badge variant="success">Active</Badge>;
}
