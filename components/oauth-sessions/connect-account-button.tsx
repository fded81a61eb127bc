"use client";

import { LinkIcon } from "lucide-react";
import { useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { connectAccountAction } from "@/lib/actions/oauth-sessions";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";

/** Starts "Connect your account" (authorization code + PKCE) at the integration's provider. */
export function ConnectAccountButton({
  integrationGuid,
  label = "Connect your account",
  size,
}: {
  integrationGuid: string;
  label?: string;
  size?: "sm";
}) {
  const [pending, startTransition] = useTransition();
  const connect = () =>
    startTransition(async () => {
      const result = await connectAccountAction({ guid: integrationGuid });
      if (!result.ok) return void toast.error(result.error);
      window.location.assign(result.url);
    });
  return (
    <Button type="button" variant="outline" size={size} onClick={connect} disabled={pending} data-testid={`connect-${integrationGuid}`}>
      {pending ? <Spinner aria-hidden /> : <LinkIcon aria-hidden />}
      {pending ? "Opening the provider…" : label}
    </Button>
  );
}
