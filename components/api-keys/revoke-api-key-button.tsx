"use client";

import { lazy, type ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { LazyPopup, useLazyPopup } from "@/components/ui/lazy-popup";
import type { ApiKeyDto } from "@/lib/schemas/api-keys";

const load = () => import("./revoke-api-key-button-open");
const RevokeApiKeyButtonOpen = lazy(load);

export function RevokeButton({ name, ...props }: { name: string } & ComponentProps<typeof Button>) {
  return (
    <Button variant="outline" size="sm" aria-label={`Revoke ${name}`} aria-haspopup="dialog" {...props}>
      Revoke
    </Button>
  );
}

/** Revoke after a confirmation; the confirmation (Radix alert dialog) loads on first use (components/ui/lazy-popup.tsx). */
export function RevokeApiKeyButton({ apiKey }: { apiKey: Pick<ApiKeyDto, "id" | "name" | "prefix"> }) {
  const { active, triggerProps } = useLazyPopup(load, { arrows: false });
  return (
    <LazyPopup active={active} trigger={<RevokeButton name={apiKey.name} {...triggerProps} />}>
      <RevokeApiKeyButtonOpen apiKey={apiKey} />
    </LazyPopup>
  );
}
