"use client";
// The ⌘K palette, loaded when first opened (command-palette-trigger.tsx). Pages come from the
// shell's navigation; records from /api/console/search (debounced, cached per query).
import { useQuery } from "@tanstack/react-query";
import { QueryProvider } from "@/components/query-provider";
import { Command } from "cmdk";
import { ArrowRightIcon, CornerDownLeftIcon, FileIcon, SearchIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { Spinner } from "@/components/ui/spinner";
import { SEARCH_MIN_LENGTH, type SearchGroup } from "@/lib/schemas/search";
import type { ShellNavItem } from "./sidebar-nav";

export type PaletteAction = { href: string; label: string };

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

const itemClass =
  "flex cursor-pointer items-center gap-2 rounded-md px-2 py-2 text-sm outline-none data-[selected=true]:bg-accent data-[selected=true]:text-accent-foreground";
const groupClass = "px-1 py-1 [&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:py-1.5 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:text-muted-foreground";

type PaletteProps = { open: boolean; onOpenChange: (open: boolean) => void; pages: ShellNavItem[]; actions: PaletteAction[] };

export default function CommandPalette(props: PaletteProps) {
  return (
    <QueryProvider>
      <Palette {...props} />
    </QueryProvider>
  );
}

function Palette({ open, onOpenChange, pages, actions }: PaletteProps) {
  const router = useRouter();
  const [input, setInput] = useState("");
  const q = useDebounced(input.trim(), 250);
  const search = useQuery({
    queryKey: ["palette-search", q],
    queryFn: async ({ signal }): Promise<SearchGroup[]> => {
      const response = await fetch(`/api/console/search?q=${encodeURIComponent(q)}`, { signal, cache: "no-store" });
      if (!response.ok) throw new Error(`Search failed (${response.status})`);
      return response.json();
    },
    enabled: open && q.length >= SEARCH_MIN_LENGTH,
    staleTime: 15_000,
  });
  const needle = input.trim().toLowerCase();
  const matching = <T extends { label: string }>(items: T[]) => (needle ? items.filter((item) => item.label.toLowerCase().includes(needle)) : items);
  const go = (href: string) => {
    onOpenChange(false);
    setInput("");
    router.push(href);
  };
  const groups = q.length >= SEARCH_MIN_LENGTH ? (search.data ?? []) : [];
  const pageHits = matching(pages.filter((p) => !p.comingSoon));
  const actionHits = matching(actions);

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="top-[15%] translate-y-0 gap-0 overflow-hidden p-0 sm:max-w-xl" showCloseButton={false} data-testid="command-palette">
        <DialogTitle className="sr-only">Go to or search</DialogTitle>
        <DialogDescription className="sr-only">Type a page name or the name of a record in any section; arrow keys choose, Enter opens.</DialogDescription>
        <Command shouldFilter={false} loop label="Command palette">
          <div className="flex items-center gap-2 border-b px-3">
            <SearchIcon className="size-4 shrink-0 text-muted-foreground" aria-hidden />
            <Command.Input
              value={input}
              onValueChange={setInput}
              placeholder="Go to a page, or search every section…"
              className="h-12 w-full bg-transparent text-sm outline-none placeholder:text-muted-foreground"
            />
            {search.isFetching && <Spinner aria-label="Searching" />}
          </div>
          <Command.List className="max-h-[min(60vh,24rem)] overflow-y-auto p-1">
            <Command.Empty className="px-3 py-6 text-center text-sm text-muted-foreground">
              {search.isFetching || input.trim() !== q ? "Searching…" : search.isError ? "Search failed. Try again." : "Nothing found."}
            </Command.Empty>
            {pageHits.length > 0 && (
              <Command.Group heading="Pages" className={groupClass}>
                {pageHits.map((page) => (
                  <Command.Item key={page.href} value={`page:${page.href}`} onSelect={() => go(page.href)} className={itemClass}>
                    <FileIcon className="size-4 text-muted-foreground" aria-hidden />
                    {page.label}
                  </Command.Item>
                ))}
              </Command.Group>
            )}
            {actionHits.length > 0 && (
              <Command.Group heading="Actions" className={groupClass}>
                {actionHits.map((action) => (
                  <Command.Item key={action.href} value={`action:${action.href}`} onSelect={() => go(action.href)} className={itemClass}>
                    <CornerDownLeftIcon className="size-4 text-muted-foreground" aria-hidden />
                    {action.label}
                  </Command.Item>
                ))}
              </Command.Group>
            )}
            {groups.map((group) => (
              <Command.Group key={group.source} heading={group.label} className={groupClass}>
                {group.hits.map((hit) => (
                  <Command.Item key={hit.href} value={`${group.source}:${hit.href}`} onSelect={() => go(hit.href)} className={itemClass}>
                    <span className="min-w-0 truncate font-medium">{hit.title}</span>
                    <span className="ml-auto max-w-[50%] shrink-0 truncate text-xs text-muted-foreground">{hit.subtitle}</span>
                  </Command.Item>
                ))}
                <Command.Item value={`${group.source}:all`} onSelect={() => go(group.seeAllHref)} className={`${itemClass} text-muted-foreground`}>
                  <ArrowRightIcon className="size-4" aria-hidden />
                  See all in {group.label}
                </Command.Item>
              </Command.Group>
            ))}
          </Command.List>
        </Command>
      </DialogContent>
    </Dialog>
  );
}
