"use client";

import { ChevronDownIcon } from "lucide-react";
import { lazy, type ReactNode } from "react";
import { cn } from "@/lib/utils";
import { LazyPopup, useLazyPopup } from "./lazy-popup";

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

const load = () => import("./lazy-select-open");
const LazySelectOpen = lazy(load);

/**
 * components/ui/select.tsx (Radix Select) for the list pages' filters and page size, loaded when
 * first opened (components/ui/lazy-popup.tsx): until then a trigger with the same look, role and
 * name shows the current value (and a hidden input carries it in a form).
 */
export function LazySelect(props: LazySelectProps) {
  const { active, triggerProps } = useLazyPopup(load);
  const { id, name, value, options, className, size = "default", disabled } = props;
  const trigger = (
    <>
      <button
        type="button"
        role="combobox"
        aria-expanded={false}
        aria-controls={undefined}
        aria-label={props["aria-label"]}
        aria-busy={props["aria-busy"]}
        id={id}
        disabled={disabled}
        data-slot="select-trigger"
        data-size={size}
        className={cn(
          "flex w-fit items-center justify-between gap-2 whitespace-nowrap rounded-md border border-input bg-transparent px-3 py-2 text-sm shadow-xs transition-[color,box-shadow] outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:cursor-not-allowed disabled:opacity-50 data-[size=default]:h-9 data-[size=sm]:h-8 dark:bg-input/30 [&_svg]:pointer-events-none [&_svg]:shrink-0",
          className,
        )}
        {...triggerProps}
      >
        <span data-slot="select-value" className="line-clamp-1 flex items-center gap-2" style={{ pointerEvents: "none" }}>
          {options.find((o) => o.value === value)?.label ?? value}
        </span>
        <ChevronDownIcon className="size-4 opacity-50" aria-hidden />
      </button>
      {name && <input type="hidden" name={name} value={value} />}
    </>
  );
  return (
    <LazyPopup active={active} trigger={trigger}>
      <LazySelectOpen {...props} />
    </LazyPopup>
  );
}
