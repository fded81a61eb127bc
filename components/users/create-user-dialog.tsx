"use client";

import { PlusIcon } from "lucide-react";
import { lazy } from "react";
import { Button } from "@/components/ui/button";
import { LazyPopup, useLazyPopup } from "@/components/ui/lazy-popup";

const load = () => import("./create-user-dialog-open");
const CreateUserDialogOpen = lazy(load);

/** The "New user" button; the dialog, its form and zod schema load on first use (components/ui/lazy-popup.tsx). */
export function CreateUserDialog() {
  const { active, triggerProps } = useLazyPopup(load, { arrows: false });
  const trigger = (
    <Button aria-haspopup="dialog" {...triggerProps}>
      <PlusIcon aria-hidden />
      New user
    </Button>
  );
  return (
    <LazyPopup active={active} trigger={trigger}>
      <CreateUserDialogOpen />
    </LazyPopup>
  );
}
