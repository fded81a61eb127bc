"use client";

import { RotateCwIcon, TriangleAlertIcon } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Shown instead of overwriting when the record changed after the form loaded it (412). */
export function EditConflictBanner({ what = "this integration" }: { what?: string }) {
  return (
    <div role="alert" data-testid="edit-conflict" className="flex flex-wrap items-start gap-3 rounded-md border border-warning/60 bg-warning/10 px-4 py-3 text-sm">
      <TriangleAlertIcon className="mt-0.5 size-4 shrink-0" aria-hidden />
      <p className="min-w-0 flex-1">
        <span className="font-medium">Someone else saved {what} since you opened it — reload to see their changes.</span>
        <span className="block text-muted-foreground">Your edits were not saved. Copy anything you want to keep before reloading.</span>
      </p>
      {/* A full reload: the form's loaded values and version must both come from the server again. */}
      <Button type="button" variant="outline" size="sm" onClick={() => window.location.reload()}>
        <RotateCwIcon aria-hidden />
        Reload
      </Button>
    </div>
  );
}
