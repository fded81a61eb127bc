"use client";

import { SearchIcon } from "lucide-react";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { lazyPopup } from "@/components/ui/lazy-popup";
import type { PaletteAction } from "./command-palette";
import type { ShellNavItem } from "./sidebar-nav";

// cmdk and the palette load on first open, not with every page; opened by the button or by a
// shortcut, it takes no trigger and stays mounted once opened.
const CommandPalette = lazyPopup(() => import("./command-palette"));

/** The header's search button, and ⌘K / Ctrl+K from anywhere. */
export function CommandPaletteTrigger({ pages, actions }: { pages: ShellNavItem[]; actions: PaletteAction[] }) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() === "k" && (event.metaKey || event.ctrlKey) && !event.altKey && !event.shiftKey) {
        event.preventDefault();
        setLoaded(true);
        setOpen((was) => !was);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <>
      <Button
        variant="outline"
        size="sm"
        className="text-muted-foreground sm:w-56 sm:justify-start"
        aria-label="Command palette (Control K)"
        aria-keyshortcuts="Control+K Meta+K"
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
        data-testid="palette-button"
      >
        <SearchIcon aria-hidden />
        <span className="hidden sm:inline">Go to…</span>
        <kbd className="ml-auto hidden rounded border px-1.5 font-mono text-[10px] sm:inline">Ctrl K</kbd>
      </Button>
      {loaded && <CommandPalette open={open} onOpenChange={setOpen} pages={pages} actions={actions} />}
    </>
  );
}
