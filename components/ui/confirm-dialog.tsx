"use client";
// The one confirmation dialog of the console: a title, what happens, Cancel and the confirming
// button, optionally a name to type first. Loaded when first used (components/ui/lazy-popup.tsx):
//
//   const ConfirmDialog = lazyPopup(() => import("@/components/ui/confirm-dialog"), { arrows: false });
//   <ConfirmDialog trigger={<Button>Revoke</Button>} title="Revoke “CI”?" description="…" confirmText="Revoke key" destructive
//     onConfirm={async () => { … }} />
//
// With a trigger it mounts open (it is loaded by being opened); without one the caller renders it
// while it is open and passes `open` and `onOpenChange`.
import { useRef, useState, useTransition, type ReactNode } from "react";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";

export type ConfirmDialogProps = {
  trigger?: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  /** The confirming button's text, e.g. "Revoke key". */
  confirmText: ReactNode;
  /** The button's text while `onConfirm` runs (default: `confirmText`, beside a spinner). */
  pendingText?: ReactNode;
  destructive?: boolean;
  /** When set, the button stays disabled until this is typed (the dialog opens on that box). */
  typeToConfirm?: string;
  /** The dialog explains why it cannot be done (e.g. what would break): the button stays disabled. */
  blocked?: boolean;
  /**
   * Runs when confirmed; until it settles the dialog stays open, its buttons disabled and a spinner
   * on the confirming one. A message it returns is shown in the dialog, which stays open; anything
   * else closes it.
   */
  onConfirm: () => Promise<string | null | void>;
  /** Shown between the description and the buttons, e.g. what uses what is about to go. */
  children?: ReactNode;
};

export default function ConfirmDialog(props: ConfirmDialogProps) {
  const { trigger, title, description, confirmText, pendingText, destructive, typeToConfirm, onConfirm, children } = props;
  const controlled = props.open !== undefined;
  const [ownOpen, setOwnOpen] = useState(true);
  const open = controlled ? props.open! : ownOpen;
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const confirmInput = useRef<HTMLInputElement>(null);
  const ready = !props.blocked && (typeToConfirm === undefined || typed === typeToConfirm);

  const setOpen = (next: boolean) => {
    if (!controlled) setOwnOpen(next);
    props.onOpenChange?.(next);
    setTyped("");
    setError(null);
  };
  const confirm = () =>
    startTransition(async () => {
      setError(null);
      const failure = await onConfirm();
      if (failure) setError(failure);
      else setOpen(false);
    });

  return (
    <AlertDialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      {trigger && <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger>}
      <AlertDialogContent
        // Open on the text box the confirmation needs, not on Cancel.
        onOpenAutoFocus={(event) => {
          if (typeToConfirm === undefined) return;
          event.preventDefault();
          confirmInput.current?.focus();
        }}
      >
        <AlertDialogHeader>
          <AlertDialogTitle className="break-words">{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        {children}
        <form
          method="post"
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (ready && !pending) confirm();
          }}
        >
          {typeToConfirm !== undefined ? (
            <Field label={`Type ${typeToConfirm} to confirm`} error={error}>
              <Input ref={confirmInput} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} disabled={pending} />
            </Field>
          ) : (
            error && (
              <p role="alert" className="text-sm break-words text-destructive">
                {error}
              </p>
            )
          )}
          <AlertDialogFooter>
            <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
            <Button type="submit" variant={destructive ? "destructive" : "default"} disabled={!ready || pending}>
              {pending && <Spinner aria-hidden />}
              {pending ? (pendingText ?? confirmText) : confirmText}
            </Button>
          </AlertDialogFooter>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
