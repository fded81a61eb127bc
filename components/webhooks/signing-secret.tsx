"use client";

import { TriangleAlertIcon } from "lucide-react";
import { CopyButton } from "@/components/ui/copy-button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** The one time a signing secret is rendered: read-only, selected on focus, with a copy button. */
export function SigningSecret({ secret, note }: { secret: string; note?: string }) {
  return (
    <div className="grid gap-2">
      <Label htmlFor="webhook-signing-secret">Signing secret</Label>
      <div className="flex gap-2">
        <Input id="webhook-signing-secret" data-testid="webhook-signing-secret" readOnly autoFocus value={secret} onFocus={(e) => e.currentTarget.select()} className="font-mono text-xs" />
        <CopyButton value={secret} label="signing secret" />
      </div>
      <p className="flex items-start gap-2 text-sm text-muted-foreground">
        <TriangleAlertIcon aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
        Copy it now: it is not shown again. Verify each message with a Standard Webhooks library and this secret.{note ? ` ${note}` : ""}
      </p>
    </div>
  );
}
