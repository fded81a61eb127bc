"use client";

import { lazyPopup } from "@/components/ui/lazy-popup";

// Groups' dialogs, each loaded when its trigger is first used (components/ui/lazy-popup.tsx).
export const CreateGroupDialog = lazyPopup(() => import("./create-group-dialog"), { arrows: false });
export const RemoveMemberDialog = lazyPopup(() => import("./remove-member-dialog"), { arrows: false });
