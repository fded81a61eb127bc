"use client";

import { useState, useTransition, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { ShownOnce } from "@/components/ui/shown-once";
import { Spinner } from "@/components/ui/spinner";
import type { ActionResult } from "@/lib/action-result";

type Props = {
  trigger?: ReactNode;
  title: string;
  description: ReactNode;
  confirmText: string;
  /** Makes the link: `link` null = e-mailed only (not shown). */
  run: () => Promise<ActionResult<{ link: string | null; emailed: boolean }>>;
  label: string;
  testId: string;
  note: ReactNode;
};

/**
 * A confirmation that makes a one-time link (a reset link, a fresh invitation link), then shows it
 * this once. Loaded on first use (./popups.ts): mounts open.
 */
export default function LinkDialog({ trigger, title, description, confirmText, run, label, testId, note }: Props) {
  const [open, setOpen] = useState(true);
  const [made, setMade] = useState<{ link: string | null; emailed: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const onOpenChange = (next: boolean) => {
    if (pending) return;
    setOpen(next);
    setMade(null);
    setError(null);
  };
  const confirm = () =>
    startTransition(async () => {
      const result = await run();
      if (result.ok) setMade({ link: result.link, emailed: result.emailed });
      else setError(result.error);
    });

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {trigger && <DialogTrigger asChild>{trigger}</DialogTrigger>}
      <DialogContent className={made?.link ? "sm:max-w-xl" : undefined}>
        {made?.link ? (
          <ShownOnce title={title} description={made.emailed ? "It was also e-mailed to them." : "Give it to them over a channel you trust."} label={label} value={made.link} testId={testId} note={note} />
        ) : made ? (
          <>
            <DialogHeader>
              <DialogTitle>{title}</DialogTitle>
              <DialogDescription>The link was e-mailed to them; it is not shown here.</DialogDescription>
            </DialogHeader>
            <DialogFooter>
              <DialogClose asChild>
                <Button type="button">Done</Button>
              </DialogClose>
            </DialogFooter>
          </>
        ) : (
          <>
            <DialogHeader>
              <DialogTitle>{title}</DialogTitle>
              <DialogDescription>{description}</DialogDescription>
            </DialogHeader>
            {error && (
              <p role="alert" className="text-sm break-words text-destructive">
                {error}
              </p>
            )}
            <DialogFooter>
              <DialogClose asChild>
                <Button type="button" variant="outline" disabled={pending}>
                  Cancel
                </Button>
              </DialogClose>
              <Button type="button" onClick={confirm} disabled={pending}>
                {pending && <Spinner aria-hidden />}
                {confirmText}
              </Button>
            </DialogFooter>
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
