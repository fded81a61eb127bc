"use client";

import { ChevronDownIcon } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";
import { lazyPopup } from "./lazy-popup";

export type LazySelectProps = {
  id?: string;
  name?: string;
  "aria-label"?: string;
  "aria-busy"?: boolean;
  value: string;
  onValueChange: (value: string) => void;
  options: { value: string; label: ReactNode }[];
  className?: string;
  size?: "sm" | "default";
  disabled?: boolean;
};

const SelectMenu = lazyPopup(() => import("./select-menu"));

/**
 * A select for the list pages' filters and page size whose list (Radix Select,
 * components/ui/select-menu.tsx) loads when first opened (components/ui/lazy-popup.tsx). The
 * trigger has components/ui/select.tsx's look, role and name and shows the current value; a
 * hidden input carries the value in a form.
 */
export function LazySelect({ id, name, value, onValueChange, options, className, size = "default", disabled, ...aria }: LazySelectProps) {
  const trigger = (
    <button
      type="button"
      // aria-expanded and aria-controls come from lazyPopup (closed), then from Radix, whose own
      // values a prop written here would override.
      // eslint-disable-next-line jsx-a11y/role-has-required-aria-props
      role="combobox"
      aria-label={aria["aria-label"]}
      aria-busy={aria["aria-busy"]}
      id={id}
      disabled={disabled}
      data-slot="select-trigger"
      data-size={size}
      className={cn(
        "flex w-fit items-center justify-between gap-2 whitespace-nowrap rounded-md border border-input bg-transparent px-3 py-2 text-sm shadow-xs transition-[color,box-shadow] outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:cursor-not-allowed disabled:opacity-50 data-[size=default]:h-9 data-[size=sm]:h-8 dark:bg-input/30 [&_svg]:pointer-events-none [&_svg]:shrink-0",
        className,
      )}
    >
      <span data-slot="select-value" className="line-clamp-1 flex items-center gap-2" style={{ pointerEvents: "none" }}>
        {options.find((o) => o.value === value)?.label ?? value}
      </span>
      <ChevronDownIcon className="size-4 opacity-50" aria-hidden />
    </button>
  );
  return (
    <>
      <SelectMenu value={value} onValueChange={onValueChange} options={options} disabled={disabled} trigger={trigger} />
      {name && <input type="hidden" name={name} value={value} />}
    </>
  );
}
