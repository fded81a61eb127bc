"use client";
// "Who can use it" (Posit's integration `permissions`): the people and groups of this organisation
// allowed to use the integration; none means everyone in the organisation. The picker (a search
// over the organisation's users and groups) loads when first opened.
import { PlusIcon, UserIcon, UsersRoundIcon, XIcon } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { lazyPopup } from "@/components/ui/lazy-popup";
import type { PrincipalChoice } from "@/lib/schemas/integrations";

// Opened by the button below and kept mounted once opened; loaded then (components/ui/lazy-popup.tsx).
const PrincipalPicker = lazyPopup(() => import("./principal-picker"));

type Props = { value: PrincipalChoice[]; onChange: (next: PrincipalChoice[]) => void; error?: string };

export function PermissionsField({ value, onChange, error }: Props) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const groups = value.filter((p) => p.kind === "group");
  const people = value.filter((p) => p.kind === "user");

  return (
    <fieldset className="grid gap-2" aria-describedby="permissions-description" data-testid="permissions-field">
      <legend className="mb-2 text-sm leading-none font-medium">Who can use it</legend>
      <p id="permissions-description" className="text-sm text-muted-foreground">
        {value.length === 0
          ? "Everyone in this organisation. Add people or groups to allow only them."
          : "Only these people and the members of these groups. Remove them all to allow everyone in this organisation."}
      </p>
      {value.length > 0 && (
        <ul aria-label="Who can use it" className="grid gap-1.5">
          {[...groups, ...people].map((p) => (
            <li key={`${p.kind}:${p.guid}`} className="flex min-w-0 items-center gap-2 rounded-md border px-2 py-1 text-sm">
              {p.kind === "group" ? <UsersRoundIcon className="size-4 shrink-0 text-muted-foreground" aria-hidden /> : <UserIcon className="size-4 shrink-0 text-muted-foreground" aria-hidden />}
              <span className="min-w-0 flex-1 wrap-anywhere">
                <span className="sr-only">{p.kind === "group" ? "Group " : "Person "}</span>
                {p.label}
              </span>
              <button
                type="button"
                aria-label={`Remove ${p.label}`}
                className="inline-flex size-7 shrink-0 items-center justify-center rounded text-muted-foreground hover:bg-muted hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none [&_svg]:size-4"
                onClick={() => onChange(value.filter((q) => !(q.kind === p.kind && q.guid === p.guid)))}
              >
                <XIcon aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div>
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={() => {
            setLoaded(true);
            setOpen(true);
          }}
        >
          <PlusIcon aria-hidden />
          Add people or groups
        </Button>
      </div>
      {error && (
        <div role="alert" className="text-sm text-destructive">
          {error}
        </div>
      )}
      {loaded && (
        <PrincipalPicker
          open={open}
          onOpenChange={setOpen}
          chosen={value}
          onChoose={(choice) => {
            onChange([...value, choice]);
            setOpen(false);
          }}
        />
      )}
    </fieldset>
  );
}
