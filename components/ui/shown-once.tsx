"use client";

import { CheckIcon, CopyIcon, TriangleAlertIcon } from "lucide-react";
import { useState, type ReactNode } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type Props = {
  title: ReactNode;
  description: ReactNode;
  /** What the value is ("API key", "Invitation link"): the field's label and the copy messages. */
  label: string;
  value: string;
  testId: string;
  /** The warning under it: why it is shown only now. */
  note: ReactNode;
};

/** The one time a secret (a key, a one-time link) is rendered: read-only, selected on focus, with a copy button. */
export function ShownOnce({ title, description, label, value, testId, note }: Props) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      toast.success(`${label} copied`);
    } catch {
      toast.error(`Could not copy. Select the ${label} and copy it yourself.`);
    }
  }

  return (
    <>
      <DialogHeader>
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription>{description}</DialogDescription>
      </DialogHeader>
      <div className="grid gap-2">
        <Label htmlFor={testId}>{label}</Label>
        <div className="flex gap-2">
          <Input
            id={testId}
            data-testid={testId}
            readOnly
            autoFocus
            value={value}
            onFocus={(event) => event.currentTarget.select()}
            className="font-mono text-xs"
            spellCheck={false}
          />
          <Button type="button" variant="outline" onClick={copy} aria-label={`Copy ${label}`}>
            {copied ? <CheckIcon aria-hidden /> : <CopyIcon aria-hidden />}
            {copied ? "Copied" : "Copy"}
          </Button>
        </div>
      </div>
      <p role="note" className="flex gap-2 rounded-md border border-warning/50 bg-warning/10 p-3 text-sm">
        <TriangleAlertIcon aria-hidden className="mt-0.5 size-4 shrink-0" />
        <span>{note}</span>
      </p>
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button">Done</Button>
        </DialogClose>
      </DialogFooter>
    </>
  );
}
