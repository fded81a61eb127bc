import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { NONCE_HEADER } from "@/lib/security/csp";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Integration Console", template: "%s · Integration Console" },
  description: "Credentials that connect your organisation to third-party systems",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The CSP nonce proxy.ts set for this request (reading it also keeps every page dynamic, as nonces need).
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-screen bg-background font-sans text-foreground antialiased">
        <Providers nonce={nonce}>{children}</Providers>
      </body>
    </html>
  );
}
