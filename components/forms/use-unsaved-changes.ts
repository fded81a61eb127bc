"use client";

import { useEffect, useState } from "react";

export const LEAVE_MESSAGE = "You have unsaved changes. Leave this page and lose them?";
const GUARD = "__unsavedChangesGuard";

/**
 * While `dirty`: closing or reloading the tab asks first (`beforeunload`), and so does following
 * a link inside the console (a click on any same-origin <a>, caught before Next's router sees
 * it) and the browser's Back button (a guard history entry for this same URL: Back lands on the
 * page's own entry, we ask, and either put the guard back or go on back). Returns
 * `confirmLeave()` for the form's own Cancel button.
 */
export function useUnsavedChanges(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element | null)?.closest?.("a[href]");
      if (!(anchor instanceof HTMLAnchorElement) || anchor.target === "_blank" || anchor.hasAttribute("download")) return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin || (url.pathname === window.location.pathname && url.search === window.location.search)) return;
      if (!window.confirm(LEAVE_MESSAGE)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    };
    // The guard keeps Next's own state (its router treats the entry as this page, should it ever
    // pop into it), marked so a second form on the page does not stack another.
    const pushGuard = () => window.history.pushState({ ...window.history.state, [GUARD]: true }, "", window.location.href);
    if (!window.history.state?.[GUARD]) pushGuard();
    const onPopState = () => {
      if (window.history.state?.[GUARD]) return;
      if (window.confirm(LEAVE_MESSAGE)) {
        window.removeEventListener("popstate", onPopState);
        window.history.back();
      } else pushGuard();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("popstate", onPopState);
    document.addEventListener("click", onClick, { capture: true });
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("popstate", onPopState);
      document.removeEventListener("click", onClick, { capture: true });
    };
  }, [dirty]);
  return { confirmLeave: () => !dirty || window.confirm(LEAVE_MESSAGE) };
}

/** For forms kept in useState: whether `state` differs from what it was on the first render (compared as JSON). */
export function useChangedSinceMount(state: unknown): boolean {
  const [first] = useState(() => JSON.stringify(state));
  return JSON.stringify(state) !== first;
}
