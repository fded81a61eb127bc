"use client";
// The "Add people or groups" dialog of the integration form: a search over this organisation's
// users and groups (server action, debounced); arrow keys choose, Enter adds. Loaded when first
// opened (permissions-field.tsx).
import { useQuery } from "@tanstack/react-query";
import { QueryProvider } from "@/components/query-provider";
import { Command } from "cmdk";
import { SearchIcon, UserIcon, UsersRoundIcon } from "lucide-react";
import { useEffect, useState } from "react";
import { searchPrincipalsAction } from "@/lib/actions/integrations";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { Spinner } from "@/components/ui/spinner";
import type { PrincipalChoice } from "@/lib/schemas/integrations";

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

type Props = { open: boolean; onOpenChange: (open: boolean) => void; chosen: PrincipalChoice[]; onChoose: (choice: PrincipalChoice) => void };

export default function PrincipalPicker(props: Props) {
  return (
    <QueryProvider>
      <Picker {...props} />
    </QueryProvider>
  );
}

function Picker({ open, onOpenChange, chosen, onChoose }: Props) {
  const [input, setInput] = useState("");
  const q = useDebounced(input.trim(), 200);
  const search = useQuery({
    queryKey: ["principal-search", q],
    queryFn: async (): Promise<PrincipalChoice[]> => {
      const result = await searchPrincipalsAction({ query: q });
      if (!result.ok) throw new Error(result.error);
      return result.choices;
    },
    enabled: open && q.length > 0,
    staleTime: 15_000,
  });
  const taken = new Set(chosen.map((c) => `${c.kind}:${c.guid}`));
  const hits = q ? (search.data ?? []).filter((c) => !taken.has(`${c.kind}:${c.guid}`)) : [];
  const pending = search.isFetching || input.trim() !== q;

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        if (!next) setInput("");
      }}
    >
      <DialogContent className="top-[15%] translate-y-0 gap-0 overflow-hidden p-0 sm:max-w-lg" data-testid="principal-picker">
        <DialogTitle className="px-4 pt-4 text-base">Add people or groups</DialogTitle>
        <DialogDescription className="px-4 pb-2 text-sm text-muted-foreground">Search this organisation&apos;s users by email, username or name, and its groups by name.</DialogDescription>
        <Command shouldFilter={false} loop label="People and groups">
          <div className="flex items-center gap-2 border-y px-3">
            <SearchIcon className="size-4 shrink-0 text-muted-foreground" aria-hidden />
            <Command.Input
              value={input}
              onValueChange={setInput}
              autoFocus
              aria-label="Search people and groups"
              placeholder="Email, username, name or group"
              className="h-11 w-full bg-transparent text-sm outline-none placeholder:text-muted-foreground"
            />
            {search.isFetching && <Spinner aria-label="Searching" />}
          </div>
          <Command.List className="max-h-[min(50vh,20rem)] overflow-y-auto p-1">
            {q.length > 0 && (
              <Command.Empty className="px-3 py-6 text-center text-sm text-muted-foreground">
                {pending ? "Searching…" : search.isError ? "Search failed. Try again." : "No one found."}
              </Command.Empty>
            )}
            {q.length === 0 && <p className="px-3 py-6 text-center text-sm text-muted-foreground">Type to search.</p>}
            {hits.map((choice) => (
              <Command.Item
                key={`${choice.kind}:${choice.guid}`}
                value={`${choice.kind}:${choice.guid}`}
                onSelect={() => {
                  setInput("");
                  onChoose(choice);
                }}
                className="flex cursor-pointer items-center gap-2 rounded-md px-2 py-2 text-sm outline-none data-[selected=true]:bg-accent data-[selected=true]:text-accent-foreground"
              >
                {choice.kind === "group" ? <UsersRoundIcon className="size-4 shrink-0 text-muted-foreground" aria-hidden /> : <UserIcon className="size-4 shrink-0 text-muted-foreground" aria-hidden />}
                <span className="min-w-0 truncate font-medium">{choice.label}</span>
                {choice.detail && <span className="ml-auto min-w-0 shrink truncate text-xs text-muted-foreground">{choice.detail}</span>}
              </Command.Item>
            ))}
          </Command.List>
        </Command>
      </DialogContent>
    </Dialog>
  );
}
