"use client";

import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { ReactNode } from "react";

/** What the signed-in pages need and the login page does not: nuqs's URL state. TanStack Query is
 *  provided where it is used (components/query-provider.tsx). */
export function ConsoleProviders({ children }: { children: ReactNode }) {
  return <NuqsAdapter>{children}</NuqsAdapter>;
}
