"use client";

import { isServer, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";

// TanStack Query only where a component fetches with it (the dashboard, the command palette, the
// principal picker), not in every console page's first load. One client per browser tab, shared
// by every such component (so their caches are one); a fresh one per server render.
const makeClient = () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1 } } });
let browserClient: QueryClient | undefined;
const getClient = () => (isServer ? makeClient() : (browserClient ??= makeClient()));

export function QueryProvider({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={getClient()}>{children}</QueryClientProvider>;
}
