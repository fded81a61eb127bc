"use client";

import { Select as SelectPrimitive } from "radix-ui";
import type { ReactNode } from "react";
import { Select, SelectContent, SelectItem } from "@/components/ui/select";

export type SelectMenuProps = {
  value: string;
  onValueChange: (value: string) => void;
  options: { value: string; label: ReactNode }[];
  disabled?: boolean;
  /** A button that shows the current value (./lazy-select.tsx); wrapped as the Radix trigger. */
  trigger?: ReactNode;
};

/** A Radix Select over `options` around a given trigger, loaded on first use (./lazy-select.tsx): mounts open. */
export default function SelectMenu({ value, onValueChange, options, disabled, trigger }: SelectMenuProps) {
  return (
    <Select value={value} onValueChange={onValueChange} disabled={disabled} defaultOpen>
      <SelectPrimitive.Trigger asChild>{trigger}</SelectPrimitive.Trigger>
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
