"use client";

import { useEffect, useRef } from "react";

/**
 * The table's selection boxes: a native checkbox (Radix Checkbox was a chunk of its own on every
 * list page). `indeterminate` is a DOM property only: set it after render.
 */
export function RowCheckbox({ checked, onCheckedChange, ...props }: { checked: boolean | "indeterminate"; onCheckedChange: (checked: boolean) => void; "aria-label": string }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = checked === "indeterminate";
  }, [checked]);
  return (
    <input
      ref={ref}
      type="checkbox"
      data-slot="checkbox"
      checked={checked === true}
      onChange={(event) => onCheckedChange(event.target.checked)}
      className="block size-4 shrink-0 cursor-pointer rounded-[4px] accent-primary outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
      {...props}
    />
  );
}
