"use client";

import { ChevronDownIcon } from "lucide-react";
import type { ReactNode, Ref } from "react";
import { cn } from "@/lib/utils";
import { lazyPopup } from "./lazy-popup";

export type LazySelectProps = {
  id?: string;
  name?: string;
  "aria-label"?: string;
  "aria-busy"?: boolean;
  /** A form field's wiring (components/ui/field.tsx), spread on the trigger as on SelectTrigger. */
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
  onBlur?: () => void;
  /** The trigger button (react-hook-form focuses a field with an error through it). */
  ref?: Ref<HTMLButtonElement>;
  value: string;
  onValueChange: (value: string) => void;
  options: { value: string; label: ReactNode }[];
  /** Shown (muted) while `value` is none of the options, as SelectValue's placeholder. */
  placeholder?: string;
  className?: string;
  size?: "sm" | "default";
  disabled?: boolean;
};

const SelectMenu = lazyPopup(() => import("./select-menu"));

/**
 * A select for the list pages' filters and page size, and forms' option fields, whose list (Radix Select,
 * components/ui/select-menu.tsx) loads when first opened (components/ui/lazy-popup.tsx). The
 * trigger has components/ui/select.tsx's look, role and name and shows the current value; a
 * hidden input carries the value in a form.
 */
export function LazySelect({ id, name, value, onValueChange, options, className, size = "default", disabled, onBlur, ref, placeholder, ...aria }: LazySelectProps) {
  const chosen = options.find((o) => o.value === value);
  const trigger = (
    <button
      type="button"
      // aria-expanded and aria-controls come from lazyPopup (closed), then from Radix, whose own
      // values a prop written here would override.
      // eslint-disable-next-line jsx-a11y/role-has-required-aria-props
      role="combobox"
      aria-label={aria["aria-label"]}
      aria-busy={aria["aria-busy"]}
      aria-describedby={aria["aria-describedby"]}
      aria-invalid={aria["aria-invalid"]}
      aria-required={aria["aria-required"]}
      onBlur={onBlur}
      ref={ref}
      id={id}
      disabled={disabled}
      data-slot="select-trigger"
      data-size={size}
      data-placeholder={!chosen && placeholder !== undefined ? "" : undefined}
      className={cn(
        "flex w-fit items-center justify-between gap-2 whitespace-nowrap rounded-md border border-input bg-transparent px-3 py-2 text-sm shadow-xs transition-[color,box-shadow] outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-destructive aria-invalid:ring-destructive/20 data-[placeholder]:text-muted-foreground data-[size=default]:h-9 data-[size=sm]:h-8 dark:bg-input/30 [&_svg]:pointer-events-none [&_svg]:shrink-0",
        className,
      )}
    >
      <span data-slot="select-value" className="line-clamp-1 flex items-center gap-2" style={{ pointerEvents: "none" }}>
        {chosen ? chosen.label : (placeholder ?? value)}
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
