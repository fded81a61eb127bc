// The dashboard's query keys and options (TanStack Query): one key per widget, refreshed in the
// background every minute and when the window regains focus.
import { queryOptions } from "@tanstack/react-query";
import type { DashboardData, DashboardWidget } from "@/lib/schemas/dashboard";

export const dashboardKeys = { all: ["dashboard"] as const, widget: (w: DashboardWidget) => ["dashboard", w] as const };

export class WidgetError extends Error {}

export const widgetQuery = <W extends DashboardWidget>(widget: W) =>
  queryOptions({
    queryKey: dashboardKeys.widget(widget),
    queryFn: async ({ signal }): Promise<DashboardData[W]> => {
      const response = await fetch(`/api/console/dashboard/${widget}`, { signal, cache: "no-store" });
      if (!response.ok) throw new WidgetError(response.status === 401 ? "Your session has ended: sign in again." : `The server answered ${response.status}.`);
      return response.json();
    },
    refetchInterval: 60_000,
  });
