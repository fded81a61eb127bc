import { SearchIcon } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** A GET form: searching rewrites the URL (bookmarkable), keeping the hidden filters given. */
export function ListSearch({ action, q, label, hidden = {}, children }: { action: string; q: string; label: string; hidden?: Record<string, string>; children?: ReactNode }) {
  return (
    <form action={action} method="get" role="search" className="mb-4 flex flex-wrap items-end gap-2">
      {Object.entries(hidden)
        .filter(([, value]) => value)
        .map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
      <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm">
        <span className="sr-only">{label}</span>
        <Input type="search" name="q" defaultValue={q} placeholder={label} className="min-w-[12rem]" />
      </label>
      {children}
      <Button type="submit" variant="outline">
        <SearchIcon aria-hidden />
        Search
      </Button>
    </form>
  );
}
