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

// A trigger written in a Server Component reaches this client component through the RSC payload,
// where React may send it as a lazy reference (an element outlined into its own chunk) rather than
// an element. Taken for "no trigger", that rendered the popup itself, which mounts open: the user
// menu opened by itself on some page loads. Resolved here as React resolves a lazy node (suspending
// until its chunk has arrived).
const REACT_LAZY = Symbol.for("react.lazy");
type LazyNode = { $$typeof: symbol; _payload: unknown; _init: (payload: unknown) => ReactNode };
function resolveLazy(node: ReactNode): ReactNode {
  let current = node;
  while (current && typeof current === "object" && (current as unknown as LazyNode).$$typeof === REACT_LAZY) {
    const lazyNode = current as unknown as LazyNode;
    current = lazyNode._init(lazyNode._payload);
  }
  return current;
}

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
    const trigger = resolveLazy((props as { trigger?: ReactNode }).trigger);
    if (trigger === undefined || trigger === null) {
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
          <Popup {...props} {...({ trigger } as unknown as Partial<P>)} />
        </Suspense>
      );
    }
    const activate = () => setActive(true);
    if (!isValidElement<Wiring>(trigger)) throw new Error("lazyPopup: `trigger` must be one element (the button that opens it)");
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
