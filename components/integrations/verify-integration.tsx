"use client";

import { CheckCircle2Icon, ShieldCheckIcon, XCircleIcon } from "lucide-react";
import { useState, useTransition } from "react";
import { verifyIntegrationAction } from "@/lib/actions/integrations";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";

type Result =
  | { kind: "ok"; tokenUrl: string; expiresIn?: number }
  | { kind: "refused"; tokenUrl?: string; error: string; description?: string; status?: number };

/** Requests a token with the stored secret (the server discards it) and shows what the provider said. */
export function VerifyIntegration({ guid }: { guid: string }) {
  const [result, setResult] = useState<Result | null>(null);
  const [pending, startTransition] = useTransition();

  const verify = () =>
    startTransition(async () => {
      setResult(null);
      const response = await verifyIntegrationAction({ guid });
      if (!response.ok) return setResult({ kind: "refused", error: response.error });
      const { outcome } = response;
      setResult(
        outcome.ok
          ? { kind: "ok", tokenUrl: outcome.tokenUrl, expiresIn: outcome.expiresIn }
          : { kind: "refused", tokenUrl: outcome.tokenUrl, error: outcome.error, description: outcome.errorDescription, status: outcome.status },
      );
    });

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="outline" onClick={verify} disabled={pending}>
          {pending ? <Spinner aria-hidden /> : <ShieldCheckIcon aria-hidden />}
          {pending ? "Verifying…" : "Verify"}
        </Button>
        <p className="text-sm text-muted-foreground">Requests a token from the provider with the stored secret. The token is discarded.</p>
      </div>
      <div aria-live="polite">
        {pending && <p className="sr-only">Verifying…</p>}
        {result && (
          <div
            data-testid="verify-result"
            data-outcome={result.kind}
            className={
              result.kind === "ok"
                ? "flex gap-2 rounded-md border border-success/40 bg-success/10 px-3 py-2 text-sm"
                : "flex gap-2 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm"
            }
          >
            {result.kind === "ok" ? (
              <>
                <CheckCircle2Icon className="mt-0.5 size-4 shrink-0 text-success" aria-hidden />
                <p>
                  The provider issued a token
                  {result.expiresIn !== undefined && ` (valid for ${result.expiresIn} s)`}.
                  <span className="block break-all text-muted-foreground">{result.tokenUrl}</span>
                </p>
              </>
            ) : (
              <>
                <XCircleIcon className="mt-0.5 size-4 shrink-0 text-destructive" aria-hidden />
                <p>
                  <span className="font-medium">Verification failed: {result.error}</span>
                  {result.status !== undefined && <span className="text-muted-foreground"> (HTTP {result.status})</span>}
                  {result.description && <span className="block">{result.description}</span>}
                  {result.tokenUrl && <span className="block break-all text-muted-foreground">{result.tokenUrl}</span>}
                </p>
              </>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
