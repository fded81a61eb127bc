"use client";

import { PlusIcon, XIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { searchIntegrationsForWorkloadAction, setWorkloadAssociationsAction } from "@/lib/actions/workloads";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toast";

type Associated = { guid: string; name: string; authType: string };
type Found = { guid: string; name: string; authType: string; template: string };

/**
 * The workload's associated integrations, edited in place: remove one, or find one by name and
 * add it. Each change replaces the whole set through the same service as Posit's PUT (which checks
 * that the workload's owner may use every integration).
 */
export function AssociationsEditor({ workloadGuid, associated, canEdit }: { workloadGuid: string; associated: Associated[]; canEdit: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<Found[] | null>(null);

  const save = (guids: string[], message: string) =>
    startTransition(async () => {
      const result = await setWorkloadAssociationsAction({ guid: workloadGuid, integrationGuids: guids });
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      toast.success(message);
      setFound(null);
      setQuery("");
      router.refresh();
    });

  const search = () =>
    startTransition(async () => {
      const result = await searchIntegrationsForWorkloadAction({ query });
      if (!result.ok) toast.error(result.error);
      else setFound(result.items);
    });

  const current = new Set(associated.map((a) => a.guid));
  return (
    <div className="grid gap-4">
      {associated.length === 0 ? (
        <p className="text-sm text-muted-foreground">No integration is associated: the credential exchange has nothing to give this workload.</p>
      ) : (
        <ul className="grid gap-2 text-sm" data-testid="workload-associations">
          {associated.map((a) => (
            <li key={a.guid} className="flex flex-wrap items-center justify-between gap-2">
              <span className="min-w-0 wrap-anywhere">
                <Link href={`/integrations/${a.guid}`} className="font-medium underline-offset-4 hover:underline">
                  {a.name || a.guid}
                </Link>
                <span className="text-muted-foreground"> · {a.authType}</span>
              </span>
              {canEdit && (
                <Button
                  type="button"
                  variant="ghost"
                  size="sm"
                  disabled={pending}
                  aria-label={`Remove ${a.name || a.guid}`}
                  onClick={() => save([...current].filter((g) => g !== a.guid), `Removed ${a.name || a.guid}`)}
                >
                  <XIcon aria-hidden />
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <form
          method="get"
          className="grid gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            search();
          }}
        >
          <Label htmlFor="find-integration">Add an integration</Label>
          <div className="flex gap-2">
            <Input id="find-integration" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Integration name" autoComplete="off" maxLength={100} />
            <Button type="submit" variant="outline" disabled={pending}>
              Find
            </Button>
          </div>
          {found && (
            <ul className="grid gap-1 text-sm" data-testid="integration-choices">
              {found.length === 0 && <li className="text-muted-foreground">No integration matches.</li>}
              {found.map((f) => (
                <li key={f.guid} className="flex flex-wrap items-center justify-between gap-2">
                  <span className="min-w-0 wrap-anywhere">
                    {f.name || f.guid}
                    <span className="text-muted-foreground"> · {f.authType}</span>
                  </span>
                  {current.has(f.guid) ? (
                    <span className="text-muted-foreground">associated</span>
                  ) : (
                    <Button type="button" size="sm" variant="outline" disabled={pending} aria-label={`Add ${f.name || f.guid}`} onClick={() => save([...current, f.guid], `Added ${f.name || f.guid}`)}>
                      <PlusIcon aria-hidden />
                      Add
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </form>
      )}
    </div>
  );
}
