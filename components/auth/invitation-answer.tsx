"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { answerInvitationAction } from "@/lib/actions/account";

/** Accept / Decline, for the invited account signed in with the link open. */
export function InvitationAnswer({ token, organization }: { token: string; organization: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [declined, setDeclined] = useState(false);

  async function answer(accept: boolean) {
    setPending(true);
    setError(null);
    const result = await answerInvitationAction({ token, accept }).finally(() => setPending(false));
    if (!result.ok) return setError(result.error);
    if (accept) router.replace("/");
    else setDeclined(true);
  }

  if (declined) return <p role="status" className="text-sm">You declined the invitation to {organization}.</p>;
  return (
    <div className="space-y-4">
      {error && (
        <p role="alert" data-testid="invitation-error" className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="button" disabled={pending} onClick={() => void answer(true)}>
          Accept
        </Button>
        <Button type="button" variant="outline" disabled={pending} onClick={() => void answer(false)}>
          Decline
        </Button>
      </div>
    </div>
  );
}
