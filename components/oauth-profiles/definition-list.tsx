import type { ReactNode } from "react";

/**
 * Label/value rows for a detail page: side by side when the list's own box is wide enough (a
 * container query, not the window's width), stacked otherwise — in a narrow side card at 1440 px
 * a 12rem label column left a GUID four lines high.
 */
export function DefinitionList({ rows, testId }: { rows: [string, ReactNode][]; testId?: string }) {
  return (
    <div className="@container">
      <dl className="grid gap-x-6 gap-y-3 text-sm @md:grid-cols-[12rem_1fr]" data-testid={testId}>
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted-foreground">{label}</dt>
            <dd className="min-w-0 break-words">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
