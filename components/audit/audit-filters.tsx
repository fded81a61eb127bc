"use client";

import { FilterIcon, XIcon } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { AUDIT_FILTER_KEYS, AUDIT_OUTCOMES } from "@/lib/schemas/audit";
import { auditHref, type AuditFilterValues } from "./audit-href";

// Radix Select items cannot have an empty value; this stands for "any outcome" and never reaches the URL.
const ANY = "__any";

/** A datetime-local input only takes "YYYY-MM-DDTHH:mm" (here: UTC). */
const inputTime = (value?: string) => (value && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString().slice(0, 16) : "");

const TEXT_FIELDS = [
  { name: "actor", label: "Actor", placeholder: "Email contains…" },
  { name: "action", label: "Action", placeholder: "user.create or user.*" },
  { name: "resourceType", label: "Resource type", placeholder: "user, api_key, integration…" },
  { name: "resourceId", label: "Resource ID", placeholder: "Exact id" },
] as const;

/**
 * A GET form: without JavaScript the browser submits it to /audit as is; with it, empty fields
 * are left out of the URL. Applying filters always returns to the newest page. Render it keyed by
 * the values, so navigation ("Clear", back/forward) refills the fields.
 */
export function AuditFilters({ values }: { values: AuditFilterValues }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState(values.outcome ?? ANY);
  const filtered = Object.keys(values).length > 0;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next: AuditFilterValues = {};
    for (const key of AUDIT_FILTER_KEYS) {
      const value = String(data.get(key) ?? "").trim();
      if (value && value !== ANY) next[key] = value;
    }
    startTransition(() => router.push(auditHref(next)));
  }

  return (
    <form
      role="search"
      aria-label="Filter audit events"
      method="get"
      action="/audit"
      onSubmit={onSubmit}
      className="mb-6 grid gap-4 rounded-lg border p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      {TEXT_FIELDS.map((field) => (
        <div key={field.name} className="grid gap-1.5">
          <Label htmlFor={`audit-${field.name}`}>{field.label}</Label>
          <Input id={`audit-${field.name}`} name={field.name} defaultValue={values[field.name]} placeholder={field.placeholder} autoComplete="off" />
        </div>
      ))}
      <div className="grid gap-1.5">
        <Label htmlFor="audit-outcome">Outcome</Label>
        <Select name="outcome" value={outcome} onValueChange={setOutcome}>
          <SelectTrigger id="audit-outcome" className="w-full">
            {/* Spelled out so the server-rendered HTML shows it before the items exist. */}
            <SelectValue>{outcome === ANY ? "Any outcome" : outcome}</SelectValue>
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ANY}>Any outcome</SelectItem>
            {AUDIT_OUTCOMES.map((outcome) => (
              <SelectItem key={outcome} value={outcome}>
                {outcome}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-from">From (UTC)</Label>
        <Input id="audit-from" name="from" type="datetime-local" defaultValue={inputTime(values.from)} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-to">To (UTC)</Label>
        <Input id="audit-to" name="to" type="datetime-local" defaultValue={inputTime(values.to)} />
      </div>
      <div className="flex items-end gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? <Spinner aria-hidden /> : <FilterIcon aria-hidden />}
          {pending ? "Applying…" : "Apply filters"}
        </Button>
        {filtered && (
          <Button asChild variant="ghost">
            <Link href="/audit">
              <XIcon aria-hidden />
              Clear
            </Link>
          </Button>
        )}
      </div>
    </form>
  );
}
