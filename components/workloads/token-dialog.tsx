"use client";

import { TriangleAlertIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { createSessionTokenAction, userSessionTokenAction } from "@/lib/actions/workloads";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { FormDialog } from "@/components/forms/form-dialog";
import { DialogClose, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export type TokenKind = "content" | "user";

type Made = { token: string; expiresIn?: number };

const TEXT = {
  content: {
    title: "Create a session token",
    ask: "The workload presents it to the credential exchange as its content session token. Make one per deployment; several can be live at once, so you can rotate without downtime.",
    create: "Create token",
  },
  user: {
    title: "Session token for me",
    ask: "A user session token that stands for you with this workload, as Connect's proxy hands content in Posit-Connect-User-Session-Token. For testing locally; valid for at most an hour.",
    create: "Create token",
  },
} as const;

/**
 * "Create session token" (the workload's content session token) and "Session token for me" (the
 * signed-in user's user session token, for local testing). Loaded on first use (./popups.ts):
 * mounts open; makes the token only when asked, shows it once.
 */
export default function TokenDialog({ kind, workload, trigger }: { kind: TokenKind; workload: { guid: string; name: string }; trigger?: ReactNode }) {
  const router = useRouter();
  const form = useForm();
  const [made, setMade] = useState<Made | null>(null);
  const text = TEXT[kind];

  return (
    <FormDialog
      trigger={trigger}
      title={text.title}
      description={text.ask}
      form={form}
      submitText={text.create}
      onSubmit={async () => {
        const result = kind === "content" ? await createSessionTokenAction({ guid: workload.guid }) : await userSessionTokenAction({ guid: workload.guid });
        if (!result.ok) return [result.error];
        setMade({ token: result.token, expiresIn: "expiresIn" in result ? result.expiresIn : undefined });
      }}
      result={
        made && (
          <>
            <DialogHeader>
              <DialogTitle>{kind === "content" ? "Copy the new session token" : "Copy your user session token"}</DialogTitle>
              <DialogDescription>For {workload.name}.</DialogDescription>
            </DialogHeader>
            <ShownOnce kind={kind} made={made} />
            <DialogFooter>
              <DialogClose asChild>
                <Button type="button">Done</Button>
              </DialogClose>
            </DialogFooter>
          </>
        )
      }
      onClose={() => {
        // Forget the token: it is shown once. The list of session tokens shows the new prefix.
        if (made && kind === "content") router.refresh();
        setMade(null);
      }}
      contentClassName="sm:max-w-2xl"
    >
      {null}
    </FormDialog>
  );
}

function ShownOnce({ kind, made }: { kind: TokenKind; made: Made }) {
  const lines =
    kind === "content"
      ? [
          "# either: the token in a file only the workload can read",
          "umask 077 && printf '%s' \"$TOKEN\" > /run/secrets/connect-session-token",
          "export CONNECT_CONTENT_SESSION_TOKEN_FILE=/run/secrets/connect-session-token",
          "# or: the token itself",
          "export CONNECT_CONTENT_SESSION_TOKEN=\"$TOKEN\"",
        ].join("\n")
      : 'curl -H "Posit-Connect-User-Session-Token: $TOKEN" …   # what the proxy would send';
  return (
    <div className="grid min-w-0 gap-3">
      <div className="grid gap-2">
        <Label htmlFor="shown-once-token">{kind === "content" ? "Content session token" : "User session token"}</Label>
        <div className="flex gap-2">
          <Input
            id="shown-once-token"
            data-testid="shown-once-token"
            readOnly
            autoFocus
            value={made.token}
            onFocus={(event) => event.currentTarget.select()}
            className="font-mono text-xs"
            spellCheck={false}
          />
          <CopyButton value={made.token} label="the token" />
        </div>
        {made.expiresIn !== undefined && <p className="text-sm text-muted-foreground">Expires in {Math.round(made.expiresIn / 60)} minutes.</p>}
      </div>
      <div className="grid gap-1">
        <p className="text-sm">{kind === "content" ? "Give it to the workload as TOKEN in one of these ways:" : "Send it as a request header:"}</p>
        <pre tabIndex={0} aria-label="How to use the token" className="overflow-x-auto rounded-md bg-muted p-3 font-mono text-xs" data-testid="token-lines">
          {lines}
        </pre>
      </div>
      <p role="note" className="flex gap-2 rounded-md border border-warning/50 bg-warning/10 p-3 text-sm">
        <TriangleAlertIcon aria-hidden className="mt-0.5 size-4 shrink-0" />
        <span>
          <strong>You won&apos;t see it again:</strong>{" "}
          {kind === "content" ? "only a hash is kept. If you lose it, revoke it and create another." : "nothing is kept. Make another when it expires."}
        </span>
      </p>
    </div>
  );
}
