"use client";

import NextLink from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * The console's link: next/link that prefetches when the person shows intent (pointer over it,
 * keyboard focus, a touch) rather than when it scrolls into view. Every console page is dynamic,
 * so a viewport prefetch is a server render per visible link: a list page with its sidebar fired
 * 25–40 of them on load, each costing the server a signed-in render and the browser main-thread
 * time while the page was becoming interactive. An explicit `prefetch` is honoured as given.
 */
export function Link({ prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof NextLink>) {
  const [intent, setIntent] = useState(false);
  return (
    <NextLink
      {...props}
      prefetch={prefetch !== undefined ? prefetch : intent ? null : false}
      onMouseEnter={(event) => {
        setIntent(true);
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
    />
  );
}
