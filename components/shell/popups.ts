"use client";

import { lazyPopup } from "@/components/ui/lazy-popup";

// The header's popups, each loaded when its trigger is first used (components/ui/lazy-popup.tsx);
// console-shell.tsx, a server component, writes the triggers.
export const MobileNav = lazyPopup(() => import("./mobile-nav"), { arrows: false });
export const ThemeMenu = lazyPopup(() => import("./theme-menu"));
export const UserMenu = lazyPopup(() => import("./user-menu"));
