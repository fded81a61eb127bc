// The "Expires" column and the "Secret expires" filter that every list of dated secrets shares
// (integrations, OAuth apps, connections): one cell, one set of filter choices. The date comes with
// each row of the page the server read (no query per row); the filter is the list's
// `expiresBefore=YYYY-MM-DD` parameter, which its query and CSV export already take.
import type { ColumnDef } from "@tanstack/react-table";
import { Badge } from "@/components/ui/badge";
import { expiresBeforeOptions } from "@/lib/expiry-dates";
import type { SelectFilter } from "./data-table-filters";

/** The earliest expiry of a row's secret(s) as a date, "Expired" once past, "—" when none is known (a cell, read at render). */
function expiresCell(at: string | null) {
  if (!at) return <span className="text-muted-foreground">—</span>;
  const expired = Date.parse(at) <= Date.now();
  return (
    <span className="whitespace-nowrap" title={at.slice(0, 10)}>
      {expired ? <Badge variant="warning">Expired</Badge> : at.slice(0, 10)}
    </span>
  );
}

/** The list's "Expires" column: a labelled field in the row's card on a phone. */
export function expiresColumn<TData>(expiresAt: (row: TData) => string | null): ColumnDef<TData, unknown> {
  return { id: "expires", meta: { label: "Expires", card: "field" }, cell: ({ row }) => expiresCell(expiresAt(row.original)) };
}

/** The toolbar's "Secret expires" select; `now` fixes the dates the choices name (shareable, exportable URLs). */
export function expiresBeforeFilter(now = new Date()): SelectFilter {
  return { key: "expiresBefore", label: "Secret expires", any: "Any time", options: expiresBeforeOptions(now), width: "w-40" };
}
