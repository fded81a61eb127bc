"use client";

import { useTransition } from "react";
import { switchOrganizationAction } from "@/app/(console)/actions";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

export function OrgSwitcher({ current, organizations }: { current: string; organizations: { slug: string; name: string; role: string }[] }) {
  const [pending, startTransition] = useTransition();
  if (organizations.length <= 1) {
    return <p className="truncate px-3 text-sm font-medium">{organizations[0]?.name ?? current}</p>;
  }
  return (
    <Select value={current} disabled={pending} onValueChange={(slug) => startTransition(() => switchOrganizationAction(slug))}>
      <SelectTrigger aria-label="Organisation" className="w-full">
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {organizations.map((o) => (
          <SelectItem key={o.slug} value={o.slug}>
            {o.name} <span className="text-muted-foreground">· {o.role}</span>
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
