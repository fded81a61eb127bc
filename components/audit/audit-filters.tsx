"use client";

import { FilterIcon, XIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useListTransition } from "@/components/data-table/url-state";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { LazySelect } from "@/components/ui/lazy-select";
import { Spinner } from "@/components/ui/spinner";
import { AUDIT_FILTER_KEYS, AUDIT_OUTCOMES, AUDIT_RESOURCE_TYPES, resourceTypeLabel } from "@/lib/schemas/audit-constants";
import { auditHref, type AuditFilterValues } from "./audit-href";

// Radix Select items cannot have an empty value; this stands for "any outcome" and never reaches the URL.
const ANY = "__any";

/** A datetime-local input only takes "YYYY-MM-DDTHH:mm" (here: UTC). */
function inputTime(value?: string): string {
  if (!value) return "";
  // Zone-less values are UTC, as the page says — never the browser's zone.
  const utc = /(Z|[+-]\d{2}:\d{2})$/.test(value) ? value : value.length === 10 ? `${value}T00:00Z` : `${value}Z`;
  const date = new Date(utc);
  return Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 16);
}

const TEXT_FIELDS = [
  { name: "actor", label: "Actor", placeholder: "Email contains…" },
  { name: "action", label: "Action", placeholder: "user.create or user.*" },
  { name: "resourceId", label: "Resource ID", placeholder: "Exact id" },
] as const;

/**
 * A GET form: without JavaScript the browser submits it to /audit as is; with it, empty fields
 * are left out of the URL. Applying filters always returns to the newest page. Render it keyed by
 * the values, so navigation ("Clear", back/forward) refills the fields.
 */
export function AuditFilters({ values, rangeError }: { values: AuditFilterValues; rangeError?: string | null }) {
  const router = useRouter();
  const [pending, startTransition] = useListTransition();
  const [outcome, setOutcome] = useState(values.outcome ?? ANY);
  const [resourceType, setResourceType] = useState(values.resourceType ?? ANY);
  const [error, setError] = useState<string | null>(rangeError ?? null);
  const filtered = Object.keys(values).length > 0;
  const resourceTypes: string[] = [...AUDIT_RESOURCE_TYPES];
  if (values.resourceType && !resourceTypes.includes(values.resourceType)) resourceTypes.push(values.resourceType);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next: AuditFilterValues = {};
    for (const key of AUDIT_FILTER_KEYS) {
      const value = String(data.get(key) ?? "").trim();
      if (value && value !== ANY) next[key] = value;
    }
    // datetime-local values compare as text (same format); To is inclusive, so equal is fine.
    if (next.from && next.to && next.to < next.from) {
      setError("To must be the same as or after From");
      (event.currentTarget.elements.namedItem("to") as HTMLInputElement | null)?.focus();
      return;
    }
    setError(null);
    startTransition(() => router.push(auditHref(next)));
  }

  return (
    <form
      role="search"
      aria-label="Filter audit events"
      method="get"
      action="/audit"
      onSubmit={onSubmit}
      className="grid w-full gap-4 rounded-lg border p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      {TEXT_FIELDS.map((field) => (
        <div key={field.name} className="grid gap-1.5">
          <Label htmlFor={`audit-${field.name}`}>{field.label}</Label>
          <Input id={`audit-${field.name}`} name={field.name} defaultValue={values[field.name]} placeholder={field.placeholder} autoComplete="off" />
        </div>
      ))}
      <div className="grid gap-1.5">
        <Label htmlFor="audit-resource-type">Resource type</Label>
        <LazySelect
          id="audit-resource-type"
          name="resourceType"
          className="w-full"
          value={resourceType}
          onValueChange={setResourceType}
          options={[{ value: ANY, label: "Any resource type" }, ...resourceTypes.map((type) => ({ value: type, label: resourceTypeLabel(type) }))]}
        />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-outcome">Outcome</Label>
        <LazySelect
          id="audit-outcome"
          name="outcome"
          className="w-full"
          value={outcome}
          onValueChange={setOutcome}
          options={[{ value: ANY, label: "Any outcome" }, ...AUDIT_OUTCOMES.map((o) => ({ value: o, label: o }))]}
        />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-from">From (UTC)</Label>
        <Input id="audit-from" name="from" type="datetime-local" defaultValue={inputTime(values.from)} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-to">To (UTC)</Label>
        <Input
          id="audit-to"
          name="to"
          type="datetime-local"
          defaultValue={inputTime(values.to)}
          aria-invalid={!!error}
          aria-describedby={error ? "audit-range-error" : undefined}
        />
        {error && (
          <p id="audit-range-error" role="alert" className="text-sm text-destructive">
            {error}
          </p>
        )}
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
