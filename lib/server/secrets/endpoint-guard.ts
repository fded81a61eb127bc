import "server-only";
// The service-level half of "a secret never leaves for a new place": a write that points a
// credential at another endpoint while keeping its stored secret is refused (400 naming the
// secret field) and the refusal audited — which fields changed, never a value. The other half is
// readSecretValueForUse, which hands a value out only for the endpoint it was stored for.
import type { AppError } from "@/lib/errors";
import { recordStandaloneAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { secretRequiredForNewEndpoint } from "./endpoint-binding";

type Subject = { action: string; resourceType: string; resourceId: string };

export async function refuseKeptSecret(actor: Actor, context: RequestContext, subject: Subject, secretField: string, changed: readonly string[]): Promise<AppError> {
  await recordStandaloneAuditEvent({
    actor,
    organizationId: actor.organizationId,
    action: subject.action,
    outcome: "failure",
    resourceType: subject.resourceType,
    resourceId: subject.resourceId,
    detail: `refused: ${changed.join(", ")} changed without a new ${secretField} (a stored ${secretField} is only sent to the endpoint it was stored for)`,
    context,
  });
  return secretRequiredForNewEndpoint(secretField, changed);
}
