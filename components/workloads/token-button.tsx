"use client";

import { KeyRoundIcon, UserRoundIcon } from "lucide-react";
import { lazy } from "react";
import { Button } from "@/components/ui/button";
import { LazyPopup, useLazyPopup } from "@/components/ui/lazy-popup";

const load = () => import("./token-dialog-open");
const TokenDialogOpen = lazy(load);

export type TokenKind = "content" | "user";

export function TokenTrigger({ kind, ...props }: { kind: TokenKind } & React.ComponentProps<typeof Button>) {
  return (
    <Button variant={kind === "content" ? "default" : "outline"} aria-haspopup="dialog" {...props}>
      {kind === "content" ? <KeyRoundIcon aria-hidden /> : <UserRoundIcon aria-hidden />}
      {kind === "content" ? "Create session token" : "Session token for me"}
    </Button>
  );
}

/**
 * "Create session token" (the workload's content session token) and "Session token for me" (the
 * signed-in user's user session token, for local testing): a dialog that makes one and shows it
 * once. The dialog loads on first use (components/ui/lazy-popup.tsx).
 */
export function TokenButton({ kind, workload }: { kind: TokenKind; workload: { guid: string; name: string } }) {
  const { active, triggerProps } = useLazyPopup(load, { arrows: false });
  return (
    <LazyPopup active={active} trigger={<TokenTrigger kind={kind} {...triggerProps} />}>
      <TokenDialogOpen kind={kind} workload={workload} />
    </LazyPopup>
  );
}
