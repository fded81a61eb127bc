"use client";

import { cloneElement, isValidElement, lazy, Suspense, useState, type ComponentType, type KeyboardEvent, type ReactElement, type ReactNode } from "react";

// Menus, selects, sheets and dialogs whose code (Radix, its popper and focus scope, a form and its
// schema) loads when one is first used instead of with every page: the one way the console defers
// a popup. The popup's module is written as if eager: it takes its `trigger` and wraps it in its
// own `XTrigger asChild`, and mounts open (it is only ever loaded by being opened). The call site
// writes the trigger once:
//
//   const UserMenu = lazyPopup(() => import("./user-menu"));
//   <UserMenu email={email} trigger={<Button aria-label="User menu">…</Button>} />
//
// Until the trigger is activated (click, Enter or Space, ArrowDown for a menu or select) the page
// shows the trigger alone; hovering or focusing it warms the module. A popup opened by other means
// (a keyboard shortcut, a picked value) takes no trigger: the caller renders it while it is open,
// and it loads then.

type Loaded<P> = () => Promise<{ default: ComponentType<P> }>;
type Wiring = {
  onClick?: () => void;
  onKeyDown?: (event: KeyboardEvent) => void;
  onPointerEnter?: () => void;
  onFocus?: () => void;
  "aria-expanded"?: boolean;
};

/**
 * A component that loads `load`'s default export when first used.
 * `arrows`: ArrowDown/ArrowUp open it too, as they do a menu's or a select's trigger (not a dialog's).
 */
export function lazyPopup<P extends object>(load: Loaded<P>, { arrows = true }: { arrows?: boolean } = {}) {
  const Popup = lazy(load) as unknown as ComponentType<P>;
  const warm = () => void load();

  function LazyPopup(props: P) {
    const [active, setActive] = useState(false);
    const { trigger } = props as { trigger?: ReactNode };
    if (!isValidElement<Wiring>(trigger)) {
      return (
        <Suspense fallback={null}>
          <Popup {...props} />
        </Suspense>
      );
    }
    // The trigger stays on screen while the module loads.
    if (active) {
      return (
        <Suspense fallback={trigger}>
          <Popup {...props} />
        </Suspense>
      );
    }
    const activate = () => setActive(true);
    return cloneElement(trigger as ReactElement<Wiring>, {
      "aria-expanded": false,
      onClick: activate,
      onKeyDown: (event: KeyboardEvent) => {
        if (arrows && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
          event.preventDefault();
          activate();
        }
      },
      onPointerEnter: warm,
      onFocus: warm,
    });
  }
  return LazyPopup;
}
