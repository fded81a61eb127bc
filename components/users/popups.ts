"use client";

import { lazyPopup } from "@/components/ui/lazy-popup";

// Users' dialogs, each loaded when first used (components/ui/lazy-popup.tsx).
export const CreateUserDialog = lazyPopup(() => import("./create-user-dialog"), { arrows: false });
export const MemberLockDialog = lazyPopup(() => import("./member-lock-dialog"), { arrows: false });
export const MemberRoleDialog = lazyPopup(() => import("./member-role-dialog"));
export const LinkDialog = lazyPopup(() => import("./link-dialog"), { arrows: false });
export const ConfirmDialog = lazyPopup(() => import("@/components/ui/confirm-dialog"), { arrows: false });
