"use client";

import { PencilIcon } from "lucide-react";
import { updateOAuthProfileAction } from "@/lib/actions/oauth-profiles";
import { Button } from "@/components/ui/button";
import { ProfileFormDialog } from "./popups";

type Values = { name: string; description: string; oauthAppId: number };

/** Name and description; the app stays (HDP's PUT needs it, so it is sent back unchanged). Tokens are untouched. */
export function EditProfileDialog({ id, ownerEmail, version, defaults }: { id: number; ownerEmail: string | null; version: number; defaults: Values }) {
  return (
    <ProfileFormDialog
      trigger={
        <Button variant="outline" aria-haspopup="dialog">
          <PencilIcon aria-hidden />
          Edit
        </Button>
      }
      title="Edit profile"
      description="Change the name and description. Tokens are not affected."
      schema="update"
      defaults={defaults}
      fields={[
        { name: "name", label: "Profile name", required: true },
        { name: "description", label: "Description", kind: "textarea" },
      ]}
      submitLabel="Save"
      submit={(values) => updateOAuthProfileAction({ id, owner: ownerEmail ?? "", version, ...values })}
      success={(values) => `Saved ${values.name}`}
    />
  );
}
