"use client";

import { KeyRoundIcon } from "lucide-react";
import { replaceOAuthProfileTokensAction } from "@/lib/actions/oauth-profiles";
import { Button } from "@/components/ui/button";
import { ProfileFormDialog } from "./popups";

const EMPTY = { accessToken: "", refreshToken: "" };

/** The explicit way to overwrite stored tokens: a field left empty keeps its token. */
export function ReplaceTokensDialog({ id, ownerEmail, version }: { id: number; ownerEmail: string | null; version: number }) {
  return (
    <ProfileFormDialog
      trigger={
        <Button variant="outline" aria-haspopup="dialog">
          <KeyRoundIcon aria-hidden />
          Replace tokens
        </Button>
      }
      title="Replace tokens"
      description="The new tokens overwrite the stored ones and are never shown again. Leave a field empty to keep that token."
      schema="replaceTokens"
      defaults={EMPTY}
      fields={[
        { name: "refreshToken", label: "Refresh token", kind: "secret" },
        { name: "accessToken", label: "Access token", kind: "secret" },
      ]}
      submitLabel="Replace tokens"
      submit={(values) => replaceOAuthProfileTokensAction({ id, owner: ownerEmail ?? "", version, ...values })}
      success={() => "Tokens replaced"}
    />
  );
}
