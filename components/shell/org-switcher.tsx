"use client";

import { useTransition } from "react";
import { switchOrganizationAction } from "@/lib/actions/session";

/**
 * A native select: it is on every console page, and the browser's own list costs no JavaScript
 * (Radix Select with its popper was the largest part of the shell's first load).
 */
export function OrgSwitcher({ current, organizations }: { current: string; organizations: { slug: string; name: string; role: string }[] }) {
  const [pending, startTransition] = useTransition();
  if (organizations.length <= 1) {
    return <p className="truncate px-3 text-sm font-medium">{organizations[0]?.name ?? current}</p>;
  }
  return (
    <select
      aria-label="Organisation"
      value={current}
      disabled={pending}
      onChange={(event) => {
        const slug = event.target.value;
        startTransition(async () => {
          await switchOrganizationAction({ slug });
        });
      }}
      className="h-9 w-full rounded-md border border-input bg-background px-3 text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:cursor-not-allowed disabled:opacity-50 dark:bg-input/30"
    >
      {organizations.map((o) => (
        <option key={o.slug} value={o.slug}>
          {o.name} · {o.role}
        </option>
      ))}
    </select>
  );
}
