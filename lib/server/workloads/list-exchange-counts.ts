import "server-only";
// "Last exchanges" on a workload's page: the per-day counts the credential exchange keeps for each
// workload × integration (served from cache, obtained from the provider, refused, and the last
// result), newest day first. Empty until the workload's first exchange.
import type { ExchangeCountDto } from "@/lib/schemas/content";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { findWorkload } from "./workload-dto";

export const EXCHANGE_DAYS_SHOWN = 30;

export async function listExchangeCounts(actor: Actor, contentGuid: string, context: RequestContext): Promise<ExchangeCountDto[]> {
  await requirePermission(actor, "workload.read", context, { type: "content", id: contentGuid });
  const content = await findWorkload(actor, contentGuid);
  const rows = await db.exchangeCount.findMany({
    where: { contentId: content.id },
    select: { day: true, served: true, obtained: true, refused: true, lastAt: true, lastResult: true, integration: { select: { guid: true, name: true } } },
    orderBy: [{ day: "desc" }, { lastAt: "desc" }],
    take: EXCHANGE_DAYS_SHOWN,
  });
  return rows.map((r) => ({
    integrationGuid: r.integration.guid,
    integrationName: r.integration.name,
    day: r.day.toISOString().slice(0, 10),
    served: r.served,
    obtained: r.obtained,
    refused: r.refused,
    lastAt: r.lastAt.toISOString(),
    lastResult: r.lastResult,
  }));
}
