"use client";

import { useCallback, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

export type SecretMode = "keep" | "replace" | "clear";

/**
 * A stored secret on the edit form: its status, then one way to change it, inside the same form —
 * "Replace" reveals the field (blank still keeps the secret), "Clear" (only where the secret is
 * optional) deletes it on save. Nothing is saved until the form is.
 */
export function StoredSecret({
  label,
  note,
  canClear,
  mode,
  onModeChange,
  input,
}: {
  label: string;
  note: string;
  canClear: boolean;
  mode: SecretMode;
  onModeChange: (mode: SecretMode) => void;
  /** The field itself, rendered while replacing. */
  input: ReactNode;
}) {
  // Runs when the replacing field appears (after a click on Replace): focus goes into it.
  const focusOnMount = useCallback((element: HTMLDivElement | null) => element?.querySelector<HTMLElement>("input,textarea")?.focus(), []);

  if (mode === "replace") {
    return (
      <div ref={focusOnMount} className="space-y-2" data-testid={`secret-replace-${label}`}>
        {input}
        <Button type="button" variant="ghost" size="sm" onClick={() => onModeChange("keep")}>
          Keep the current {label}
        </Button>
      </div>
    );
  }
  return (
    <div className="space-y-2 rounded-md border p-3" role="group" aria-label={label}>
      <p className="text-sm font-medium">{label}</p>
      <p className="text-sm text-muted-foreground">
        {mode === "clear" ? `Will be cleared when you save. ${note}.` : `${note}. Kept unless you replace it.`}
      </p>
      <div className="flex flex-wrap gap-2">
        {mode === "clear" ? (
          <Button type="button" variant="outline" size="sm" onClick={() => onModeChange("keep")}>
            Keep {label}
          </Button>
        ) : (
          <>
            <Button
              type="button"
              variant="outline"
              size="sm"
              onClick={() => onModeChange("replace")}
            >
              Replace {label}
            </Button>
            {canClear && (
              <Button type="button" variant="ghost" size="sm" onClick={() => onModeChange("clear")}>
                Clear {label}
              </Button>
            )}
          </>
        )}
      </div>
    </div>
  );
}
