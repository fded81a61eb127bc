import "server-only";
// Writes one audit event inside the caller's transaction, chained to the previous event.
// The advisory lock serialises appends so the chain has one order across app instances; the
// signed head (audit-head.ts) moves onto each new event in the same transaction.
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import type { Db, Tx } from "@/lib/server/db/client";
import { db } from "@/lib/server/db/client";
import { advanceAuditHead } from "./audit-head";
import { chainHash, GENESIS_HASH } from "./hash-chain";
import { redact } from "./redact";
import { auditResourceName } from "./resource-name";

export const AUDIT_CHAIN_LOCK = 7_240_417; // arbitrary, constant: the audit chain's advisory lock key

export type AuditInput = {
  actor: Pick<Actor, "userId" | "email"> | null;
  actorLabel?: string;
  organizationId: string | null;
  action: string;
  outcome?: "success" | "denied" | "failure";
  resourceType: string;
  resourceId?: string | null;
  /** The resource's name now; by default the `name` (or `email`) of `after`, else of `before`. */
  resourceName?: string | null;
  before?: unknown;
  after?: unknown;
  detail?: string | null;
  context: RequestContext;
};

// Resource ids and details can come from a request (a path parameter): PostgreSQL text cannot hold
// U+0000, so it is recorded as U+FFFD (found by the fuzzing proof: a denied call with %00 was a 500).
const storable = (text: string | null) => text?.replaceAll("\u0000", "\uFFFD") ?? null;

const toJson = (value: unknown) => (value === undefined ? null : JSON.parse(JSON.stringify(redact(value))));

export async function recordAuditEvent(tx: Tx, input: AuditInput): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const last = await tx.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const prevHash = last?.hash ?? GENESIS_HASH;
  const fields = {
    organizationId: input.organizationId,
    actorId: input.actor?.userId ?? null,
    actorLabel: input.actorLabel ?? input.actor?.email ?? "anonymous",
    action: input.action,
    outcome: input.outcome ?? "success",
    resourceType: input.resourceType,
    resourceId: storable(input.resourceId ?? null),
    resourceName: storable(auditResourceName(input.resourceName, input.after, input.before)),
    before: toJson(input.before),
    after: toJson(input.after),
    detail: storable(input.detail ?? null),
    requestId: input.context.requestId,
    ip: input.context.ip,
    untrusted: input.context.untrusted ?? null,
    // Millisecond precision: the column is timestamptz(3), so the hash survives the round trip.
    createdAt: new Date(Math.floor(Date.now())),
  };
  const hash = chainHash(prevHash, fields);
  const created = await tx.auditEvent.create({
    data: { ...fields, before: fields.before ?? undefined, after: fields.after ?? undefined, untrusted: fields.untrusted ?? undefined, prevHash, hash },
    select: { id: true },
  });
  await advanceAuditHead(tx, { id: created.id, hash });
}

/** For events with no change to commit alongside (denials, failed sign-ins, verify results). */
export async function recordStandaloneAuditEvent(input: AuditInput, client: Db = db): Promise<void> {
  if ("$transaction" in client) await client.$transaction((tx) => recordAuditEvent(tx, input));
  else await recordAuditEvent(client, input);
}
