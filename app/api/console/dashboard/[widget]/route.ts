// GET /api/console/dashboard/{widget} — one home-dashboard widget's data for the signed-in user
import { isAppError } from "@/lib/errors";
import { DASHBOARD_WIDGETS, type DashboardWidget } from "@/lib/schemas/dashboard";
import { getSessionActor } from "@/lib/server/auth/get-session-actor";
import { getDashboardWidget } from "@/lib/server/dashboard/dashboard-widgets";
import { contextFromHeaders } from "@/lib/server/request-context";

export async function GET(request: Request, { params }: { params: Promise<{ widget: string }> }) {
  const actor = await getSessionActor();
  if (!actor) return Response.json({ error: "Sign in first" }, { status: 401 });
  const { widget } = await params;
  if (!DASHBOARD_WIDGETS.includes(widget as DashboardWidget)) return Response.json({ error: "No such widget" }, { status: 404 });
  try {
    const data = await getDashboardWidget(actor, widget as DashboardWidget, contextFromHeaders(request.headers));
    return Response.json(data, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
