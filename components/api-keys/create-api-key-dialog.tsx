"use client";

import { PlusIcon } from "lucide-react";
import { lazy } from "react";
import { Button } from "@/components/ui/button";
import { LazyPopup, useLazyPopup } from "@/components/ui/lazy-popup";

const load = () => import("./create-api-key-dialog-open");
const CreateApiKeyDialogOpen = lazy(load);

/** The "Create API key" button; the dialog, its form and zod schema load on first use (components/ui/lazy-popup.tsx). */
export function CreateApiKeyDialog() {
  const { active, triggerProps } = useLazyPopup(load, { arrows: false });
  const trigger = (
    <Button aria-haspopup="dialog" {...triggerProps}>
      <PlusIcon aria-hidden />
      Create API key
    </Button>
  );
  return (
    <LazyPopup active={active} trigger={trigger}>
      <CreateApiKeyDialogOpen />
    </LazyPopup>
  );
}
