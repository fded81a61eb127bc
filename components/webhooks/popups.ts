"use client";

import { lazyPopup } from "@/components/ui/lazy-popup";

// Webhooks' dialogs, each loaded when its trigger is first used (components/ui/lazy-popup.tsx).
export const CreateWebhookDialog = lazyPopup(() => import("./create-webhook-dialog"), { arrows: false });
export const ConfirmDialog = lazyPopup(() => import("@/components/ui/confirm-dialog"), { arrows: false });
