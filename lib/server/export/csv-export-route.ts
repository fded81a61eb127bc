import "server-only";
// The GET handler of a list's CSV export: the signed-in user, the list's filters from the query
// string, one service that yields batches, streamed as CSV. Refusals are JSON with their status.
import { csvResponse, type CsvColumn } from "@/lib/csv";
import { isAppError } from "@/lib/errors";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { getSessionActor } from "@/lib/server/auth/get-session-actor";
import { contextFromHeaders } from "@/lib/server/request-context";

export function csvExportRoute<Row>(
  name: string,
  columns: readonly CsvColumn<Row>[],
  exportRows: (actor: Actor, params: Record<string, string>, context: RequestContext) => Promise<AsyncIterable<Row[]>>,
) {
  return async function GET(request: Request): Promise<Response> {
    const actor = await getSessionActor();
    if (!actor) return Response.json({ error: "Sign in first" }, { status: 401 });
    const params = Object.fromEntries(new URL(request.url).searchParams);
    try {
      const batches = await exportRows(actor, params, contextFromHeaders(request.headers));
      return csvResponse(`${name}-${new Date().toISOString().slice(0, 10)}.csv`, columns, batches);
    } catch (error) {
      if (isAppError(error)) return Response.json({ error: error.message }, { status: error.status });
      throw error;
    }
  };
}
