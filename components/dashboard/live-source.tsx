"use client";

// The dashboard's refreshing half, loaded after the page is interactive (dashboard.tsx): each
// widget becomes a TanStack Query whose first data is what the server read with the page.
import { useQuery } from "@tanstack/react-query";
import { useContext } from "react";
import { QueryProvider } from "@/components/query-provider";
import type { DashboardData, DashboardWidget } from "@/lib/schemas/dashboard";
import { InitialData, type SourceProps } from "./dashboard";
import { widgetQuery } from "./queries";

export const LiveProvider = QueryProvider;

export function LiveSource<W extends DashboardWidget>({ widget, children }: SourceProps<W>) {
  const { initial, readAt } = useContext(InitialData);
  // The data the page was rendered with counts as read when the server read it: it is fresh for
  // the query's staleTime and refreshed on the usual schedule after that.
  const query = useQuery({ ...widgetQuery(widget), initialData: initial[widget] as DashboardData[W] | undefined, initialDataUpdatedAt: readAt });
  return children({
    data: query.data,
    pending: query.isPending,
    fetching: query.isFetching,
    error: query.isError ? query.error.message : undefined,
    retry: () => void query.refetch(),
  });
}
