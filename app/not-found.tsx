import type { Metadata } from "next";

export const metadata: Metadata = { title: "Page not found" };

/**
 * `notFound()` outside the console's groups. Next puts the root boundary into every page's
 * payload, so it stays plain: no session read, no shell and no client component (their scripts
 * would load on every page, the login page included). Unknown URLs get the shell from app/(fallback).
 */
export default function NotFound() {
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col items-center gap-3 p-6 py-24 text-center" data-testid="not-found">
      <p className="text-sm font-medium text-muted-foreground">Error 404</p>
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="text-sm text-muted-foreground">There is nothing at this address. It may have moved, or the link may be mistyped.</p>
      {/* A plain link: next/link would add a client component to every page's first load. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
      <a href="/login" className="mt-2 rounded-md border px-4 py-2 text-sm font-medium hover:bg-accent">
        Sign in
      </a>
    </main>
  );
}
