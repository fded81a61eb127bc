"use client";

import { lazyPopup } from "@/components/ui/lazy-popup";

// API keys' dialogs, each loaded when its trigger is first used (components/ui/lazy-popup.tsx).
export const CreateApiKeyDialog = lazyPopup(() => import("./create-api-key-dialog"), { arrows: false });
export const RevokeApiKeyDialog = lazyPopup(() => import("./revoke-api-key-dialog"), { arrows: false });
