"use client";

import { lazyPopup } from "@/components/ui/lazy-popup";

// The workload page's dialogs, each loaded when its trigger is first used (components/ui/lazy-popup.tsx).
export const TokenDialog = lazyPopup(() => import("./token-dialog"), { arrows: false });
export const RevokeSessionTokenDialog = lazyPopup(() => import("./revoke-session-token-dialog"), { arrows: false });
