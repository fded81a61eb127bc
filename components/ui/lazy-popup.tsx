"use client";

import { Suspense, useState, type KeyboardEvent, type ReactNode } from "react";

// Menus, selects and sheets whose library code (Radix, its popper and focus scope) loads when one
// is first used instead of with every page (issue 7: first-load JavaScript). Until then the page
// shows the popup's own trigger button; activating it (click, Enter or Space, ArrowDown) loads the
// popup module, which renders the same trigger with the popup open, and keeps it from then on.

/**
 * Props for the placeholder trigger: activation, and a warm-up of the module on hover or focus.
 * `arrows`: ArrowDown/ArrowUp open it too, as they do a menu's or a select's trigger (not a dialog's).
 */
export function useLazyPopup(preload: () => Promise<unknown>, { arrows = true }: { arrows?: boolean } = {}) {
  const [active, setActive] = useState(false);
  const activate = () => setActive(true);
  const warm = () => void preload();
  const triggerProps = {
    onClick: activate,
    onKeyDown: (event: KeyboardEvent) => {
      if (arrows && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
        event.preventDefault();
        activate();
      }
    },
    onPointerEnter: warm,
    onFocus: warm,
  };
  return { active, triggerProps };
}

/** Renders `trigger` until active, then the loaded popup (the trigger stays while it loads). */
export function LazyPopup({ active, trigger, children }: { active: boolean; trigger: ReactNode; children: ReactNode }) {
  return active ? <Suspense fallback={trigger}>{children}</Suspense> : trigger;
}
