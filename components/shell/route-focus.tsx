"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * After a client-side navigation to another path, focus moves to the page's main heading (as a
 * full page load would start at the top), so screen-reader and keyboard users land on the new
 * content instead of on <body>. The heading may stream in after the path changes: wait for it.
 * Query-string changes (filters, pages) keep focus where it is.
 */
export function RouteFocus() {
  const pathname = usePathname();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const focusHeading = () => {
      const heading = document.querySelector<HTMLElement>("#main h1");
      if (!heading) return false;
      if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
      // A dialog or field the new page focused itself wins.
      const active = document.activeElement;
      if (active && active !== document.body && !active.closest("nav,header")) return true;
      heading.focus({ preventScroll: true });
      return true;
    };
    if (focusHeading()) return;
    const main = document.getElementById("main");
    if (!main) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const stop = setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      clearTimeout(stop);
    };
  }, [pathname]);
  return null;
}
