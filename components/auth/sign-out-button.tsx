"use client";

import { Button } from "@/components/ui/button";
import { signOutAction } from "@/lib/actions/session";

export function SignOutButton() {
  return (
    <Button type="button" variant="outline" onClick={() => void signOutAction()}>
      Sign out
    </Button>
  );
}
