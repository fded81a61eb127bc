"use client";

import { CheckIcon, CopyIcon, TriangleAlertIcon } from "lucide-react";
import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** The one time a key is rendered: read-only, selected on focus, with a copy button. */
export function NewApiKey({ name, apiKey }: { name: string; apiKey: string }) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(apiKey);
      setCopied(true);
      toast.success("API key copied");
    } catch {
      toast.error("Could not copy. Select the key and copy it yourself.");
    }
  }

  return (
    <>
      <DialogHeader>
        <DialogTitle>Copy your new API key</DialogTitle>
        <DialogDescription>“{name}” is ready to use with the console&apos;s APIs.</DialogDescription>
      </DialogHeader>
      <div className="grid gap-2">
        <Label htmlFor="new-api-key">API key</Label>
        <div className="flex gap-2">
          <Input
            id="new-api-key"
            data-testid="new-api-key"
            readOnly
            autoFocus
            value={apiKey}
            onFocus={(event) => event.currentTarget.select()}
            className="font-mono text-xs"
            spellCheck={false}
          />
          <Button type="button" variant="outline" onClick={copy} aria-label="Copy API key">
            {copied ? <CheckIcon aria-hidden /> : <CopyIcon aria-hidden />}
            {copied ? "Copied" : "Copy"}
          </Button>
        </div>
      </div>
      <p role="note" className="flex gap-2 rounded-md border border-warning/50 bg-warning/10 p-3 text-sm">
        <TriangleAlertIcon aria-hidden className="mt-0.5 size-4 shrink-0" />
        <span>
          Store it somewhere safe now. <strong>You won&apos;t see it again:</strong> only a hash is kept. If you lose it, revoke it and create a new
          one.
        </span>
      </p>
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button">Done</Button>
        </DialogClose>
      </DialogFooter>
    </>
  );
}
