"use client";

import { ErrorState } from "@/components/ui/error-state";

// The server's message is never shown (in production it is only a digest): the digest lets an
// operator find the logged error.
export default function ApiKeysError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <ErrorState
      className="mt-6"
      title="API keys could not be loaded"
      message={digest ? `Try again in a moment. If it keeps failing, quote this reference: ${digest}` : "Try again in a moment."}
      onRetry={retry}
    />
  );
}
