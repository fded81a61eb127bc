"use client";

import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { LazySelectProps } from "./lazy-select";

/** Radix Select for components/ui/lazy-select.tsx, loaded on first use: mounts open. */
export default function LazySelectOpen({ id, name, value, onValueChange, options, className, size, disabled, "aria-label": ariaLabel, "aria-busy": ariaBusy }: LazySelectProps) {
  const current = options.find((o) => o.value === value);
  return (
    <Select name={name} value={value} onValueChange={onValueChange} disabled={disabled} defaultOpen>
      <SelectTrigger id={id} size={size} className={className} aria-label={ariaLabel} aria-busy={ariaBusy}>
        <SelectValue>{current?.label ?? value}</SelectValue>
      </SelectTrigger>
      <SelectContent>
        {options.map((option) => (
          <SelectItem key={option.value} value={option.value}>
            {option.label}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
