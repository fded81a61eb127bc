"use client";

import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";

/**
 * A section's error boundary body. The server's message is never shown (in production it is only
 * a digest): the digest lets an operator find the logged error.
 */
export function SectionError({ title, error, retry, action }: { title: string; error: unknown; retry: () => void; action?: ReactNode }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <ErrorState
      className="mt-6"
      title={title}
      message={digest ? `Try again in a moment. If it keeps failing, give an administrator this reference: ${digest}` : "Try again in a moment."}
      onRetry={retry}
      action={action}
    />
  );
}

/**
 * A section's whole `error.tsx`: `export default sectionErrorBoundary("Apps", "/apps", "apps")`
 * — "Apps could not be loaded", Try again, and a link back to the section's list.
 */
export function sectionErrorBoundary(what: string, href: string, listName: string) {
  return function SectionErrorBoundary({ error, retry }: { error: unknown; retry: () => void }) {
    return (
      <SectionError
        title={`${what} could not be loaded`}
        error={error}
        retry={retry}
        action={
          <Button asChild variant="ghost">
            <Link href={href}>Back to {listName}</Link>
          </Button>
        }
      />
    );
  };
}
