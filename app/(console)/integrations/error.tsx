"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";

// The server's message is never shown (in production it is replaced by a digest anyway): the
// digest lets an admin find the logged error.
export default function IntegrationsError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <ErrorState
      className="mt-6"
      title="Integrations could not be loaded"
      message={digest ? `Try again in a moment. If it keeps failing, give an administrator this reference: ${digest}` : "Try again in a moment."}
      onRetry={retry}
      action={
        <Button asChild variant="ghost">
          <Link href="/integrations">Back to integrations</Link>
        </Button>
      }
    />
  );
}
