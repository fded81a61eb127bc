"use client";

import { MoonIcon, SunIcon } from "lucide-react";
import { lazy, type ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { LazyPopup, useLazyPopup } from "@/components/ui/lazy-popup";

const load = () => import("./theme-toggle-open");
const ThemeToggleOpen = lazy(load);

/** The icon switches by CSS (`dark:`): the theme is unknown until hydration. */
export function ThemeToggleButton(props: ComponentProps<typeof Button>) {
  return (
    <Button variant="ghost" size="icon" aria-label="Change theme" aria-haspopup="menu" data-testid="theme-toggle" {...props}>
      <SunIcon className="dark:hidden" aria-hidden />
      <MoonIcon className="hidden dark:block" aria-hidden />
    </Button>
  );
}

/** The header's theme button; its menu (Radix) loads on first use (components/ui/lazy-popup.tsx). */
export function ThemeToggle() {
  const { active, triggerProps } = useLazyPopup(load);
  return (
    <LazyPopup active={active} trigger={<ThemeToggleButton aria-expanded={false} {...triggerProps} />}>
      <ThemeToggleOpen />
    </LazyPopup>
  );
}
