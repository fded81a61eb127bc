"use client";

import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import { ThemeProvider } from "@/components/theme-provider";
import "@/lib/security/zod-jitless";

// Every page loads what is here, so it holds only what every page needs: the theme. The toaster
// (sonner) arrives after the page is interactive; a toast raised before that is shown once it
// has (sonner replays them). Query and URL-state providers live in the console's layout.
const Toaster = dynamic(() => import("@/components/ui/sonner").then((m) => m.Toaster), { ssr: false });

export function Providers({ children, nonce }: { children: ReactNode; nonce?: string }) {
  return (
    <ThemeProvider nonce={nonce}>
      {children}
      <Toaster />
    </ThemeProvider>
  );
}
