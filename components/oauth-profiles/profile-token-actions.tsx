"use client";

import { LinkIcon, RefreshCwIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { reconnectOAuthProfileAction, refreshOAuthProfileAction } from "@/lib/actions/oauth-profiles";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import type { RefreshOutcome } from "@/lib/server/oauth/refresh";

function describe(outcome: RefreshOutcome): [ok: boolean, message: string] {
  switch (outcome.status) {
    case "refreshed":
      return [true, outcome.rotated ? "Refreshed: new access token, and the provider rotated the refresh token." : "Refreshed: new access token."];
    case "coalesced":
      return [true, "Refreshed by a refresh that was already running."];
    case "needs_reauthorization":
      return [false, `The provider refused the refresh token (${outcome.error}). Reconnect the profile.`];
    case "rejected":
      return [false, `The provider refused the refresh: ${outcome.error}${outcome.errorDescription ? ` — ${outcome.errorDescription}` : ""}.`];
    case "unreachable":
      return [false, `The token endpoint could not be reached (${outcome.errorDescription ?? outcome.error}). Nothing was changed.`];
    case "no_credential":
      return [false, "There is no refresh token to use. Replace the tokens or reconnect."];
  }
}

/** "Refresh now" for anyone who may reach the profile; "Reconnect" only for its owner (their browser, their consent). */
export function ProfileTokenActions({ id, ownerEmail, canReconnect, appName }: { id: number; ownerEmail: string | null; canReconnect: boolean; appName: string }) {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [reconnecting, startReconnect] = useTransition();

  const refresh = () =>
    startRefresh(async () => {
      const result = await refreshOAuthProfileAction({ id, owner: ownerEmail ?? "" });
      if (!result.ok) return void toast.error(result.error);
      const [ok, message] = describe(result.outcome);
      if (ok) toast.success(message);
      else toast.error(message);
      router.refresh();
    });

  const reconnect = () =>
    startReconnect(async () => {
      const result = await reconnectOAuthProfileAction({ id });
      if (!result.ok) return void toast.error(result.error);
      window.location.assign(result.url);
    });

  return (
    <>
      <Button type="button" variant="outline" onClick={refresh} disabled={refreshing}>
        {refreshing ? <Spinner aria-hidden /> : <RefreshCwIcon aria-hidden />}
        {refreshing ? "Refreshing…" : "Refresh now"}
      </Button>
      {canReconnect && (
        <Button type="button" variant="outline" onClick={reconnect} disabled={reconnecting} title={`Sign in again at ${appName} for new tokens`}>
          {reconnecting ? <Spinner aria-hidden /> : <LinkIcon aria-hidden />}
          {reconnecting ? "Opening the provider…" : "Reconnect"}
        </Button>
      )}
    </>
  );
}
