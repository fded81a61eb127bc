"use client";

import { lazyPopup } from "@/components/ui/lazy-popup";
import type { ReactNode } from "react";
import type { ProfileFormDialogProps } from "./profile-form-dialog";

// The profile page's form dialogs, loaded when their trigger is first used (components/ui/lazy-popup.tsx).
// The cast keeps the dialog generic over its values.
export const ProfileFormDialog = lazyPopup(() => import("./profile-form-dialog"), { arrows: false }) as <V extends Record<string, unknown>>(
  props: ProfileFormDialogProps<V>,
) => ReactNode;
