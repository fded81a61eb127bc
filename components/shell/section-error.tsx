"use client";

import type { ReactNode } from "react";
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
