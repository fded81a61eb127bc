"use client";

import { useState, useTransition } from "react";
import { testConnectionAction } from "@/lib/actions/connections";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";

/** "Test": a token request (client credentials) or a refresh (OAuth); the token itself is never shown. */
export function TestConnection({ id, label }: { id: string; label: string }) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  return (
    <div className="space-y-2">
      <Button
        variant="outline"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const reply = await testConnectionAction({ id });
            setResult(reply.ok ? reply.result : { ok: false, message: reply.error });
          })
        }
      >
        {pending && <Spinner aria-hidden />}
        {label}
      </Button>
      {result && (
        <p role="status" data-testid="connection-test-result" className={result.ok ? "text-sm text-success" : "text-sm text-destructive"}>
          {result.message}
        </p>
      )}
    </div>
  );
}
