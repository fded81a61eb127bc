"use client";
// The one confirmation before anything is deleted: it names what goes, says what uses it (and
// what happens to that), optionally asks for the name to be typed, and shows the failure in
// place. A detail page (a server component) renders it with a bound server action and where to go
// afterwards:
//
//   <ConfirmDeleteDialog title={name} description="…" confirmLabel="Delete widget"
//     action={deleteWidgetAction.bind(null, { id, version })} done={{ href: "/widgets", message: `Deleted ${name}` }} />
//
// The data table's bulk delete renders it controlled (`open` + `onOpenChange`) with `onConfirm`.
import { Trash2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { lazyPopup } from "./lazy-popup";

const ConfirmDialog = lazyPopup(() => import("./confirm-dialog"), { arrows: false });

export type ConfirmDeleteProps = {
  /** "Delete {title}?" */
  title: string;
  /** What is lost, e.g. "The integration and its stored secrets are deleted for good. This cannot be undone." */
  description: string;
  /** The confirming button, e.g. "Delete integration". */
  confirmLabel: string;
  /** What uses it and what happens to that (a warning box); `null`/absent: `unused` is said instead. */
  usedBy?: ReactNode;
  /** e.g. "No content uses this integration." */
  unused?: string;
  usedByTestId?: string;
  /** When set, the button stays disabled until this is typed (the dialog opens on that box). */
  typeToConfirm?: string;
  /** `usedBy` says why it cannot be deleted now: the confirming button is disabled. */
  blocked?: boolean;
  /** A (bound) server action that deletes; on success the toast says `done.message` and the browser goes to `done.href`. */
  action?: () => Promise<{ ok?: true; error?: string; conflict?: true }>;
  done?: { href: string; message: string };
  /** Instead of `action`: deletes and resolves to a message to show, or null when done (the caller navigates or refreshes). */
  onConfirm?: () => Promise<string | null>;
  /** Controlled (no trigger button of its own). */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** The trigger's text (default "Delete"). */
  triggerLabel?: string;
  children?: ReactNode;
};

/** components/ui/confirm-dialog.tsx, worded for a deletion; loaded when first opened. */
export function ConfirmDeleteDialog(props: ConfirmDeleteProps) {
  const { title, description, confirmLabel, usedBy, unused, usedByTestId = "delete-used-by", typeToConfirm, children } = props;
  const router = useRouter();
  const trigger =
    props.open === undefined ? (
      <Button variant="destructive" aria-haspopup="dialog">
        <Trash2Icon aria-hidden />
        {props.triggerLabel ?? "Delete"}
      </Button>
    ) : undefined;

  return (
    <ConfirmDialog
      trigger={trigger}
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={`Delete ${title}?`}
      description={description}
      confirmText={confirmLabel}
      pendingText="Deleting…"
      destructive
      typeToConfirm={typeToConfirm}
      blocked={props.blocked}
      onConfirm={async () => {
        const failure = props.onConfirm ? await props.onConfirm() : props.action ? deleteFailure(await props.action()) : null;
        if (failure) return failure;
        if (props.done) {
          // Long enough to read after the list has loaded (the navigation can take seconds).
          toast.success(props.done.message, { duration: 10_000 });
          router.push(props.done.href);
          router.refresh();
        }
      }}
    >
      {children}
      {usedBy ? (
        <div className="rounded-md border border-warning/50 bg-warning/10 px-3 py-2 text-sm break-words" data-testid={usedByTestId}>
          {usedBy}
        </div>
      ) : (
        unused && <p className="text-sm text-muted-foreground">{unused}</p>
      )}
    </ConfirmDialog>
  );
}

/** "{error} Nothing was deleted." for a stale version (412), else the error; null when it went. */
export const deleteFailure = (result: { ok?: true; error?: string; conflict?: true }): string | null =>
  result.ok ? null : result.conflict ? `${result.error} Nothing was deleted.` : (result.error ?? "Not deleted");

/** A "used by" box's content: a sentence and the list of what uses it. */
export function UsedByList({ heading, items }: { heading: string; items: ReactNode[] }) {
  return (
    <>
      <p className="font-medium">{heading}</p>
      <ul className="mt-1 max-h-48 list-disc overflow-y-auto pl-5">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </>
  );
}
