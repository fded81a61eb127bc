"use client";

import { PlusIcon } from "lucide-react";
import { lazy } from "react";
import { Button } from "@/components/ui/button";
import { LazyPopup, useLazyPopup } from "@/components/ui/lazy-popup";

const load = () => import("./create-group-dialog-open");
const CreateGroupDialogOpen = lazy(load);

/** The "New group" button; the dialog, its form and zod schema load on first use (components/ui/lazy-popup.tsx). */
export function CreateGroupDialog() {
  const { active, triggerProps } = useLazyPopup(load, { arrows: false });
  const trigger = (
    <Button aria-haspopup="dialog" {...triggerProps}>
      <PlusIcon aria-hidden />
      New group
    </Button>
  );
  return (
    <LazyPopup active={active} trigger={trigger}>
      <CreateGroupDialogOpen />
    </LazyPopup>
  );
}
