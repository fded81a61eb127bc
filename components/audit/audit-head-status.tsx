import { ShieldAlertIcon, ShieldCheckIcon } from "lucide-react";

export type AuditHeadView = { intact: true; signedAt: string } | { intact: false; problem: string };

/** The audit page's tamper check: whether the log still matches its signed head. */
export function AuditHeadStatus({ head }: { head: AuditHeadView }) {
  if (head.intact) {
    return (
      <p data-testid="audit-head" className="mb-4 flex items-start gap-2 text-sm text-muted-foreground">
        <ShieldCheckIcon aria-hidden className="mt-0.5 size-4 shrink-0 text-success" />
        <span>
          Tamper check: the log matches its signed head (last signed <time dateTime={head.signedAt}>{head.signedAt.replace("T", " ").slice(0, 19)} UTC</time>). A full check:{" "}
          <code className="font-mono text-xs">npm run console -- audit verify</code>
        </span>
      </p>
    );
  }
  return (
    <p role="alert" data-testid="audit-head" className="mb-4 flex items-start gap-2 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
      <ShieldAlertIcon aria-hidden className="mt-0.5 size-4 shrink-0" />
      <span>
        Tamper check failed: {head.problem}. Run <code className="font-mono text-xs">npm run console -- audit verify</code> on the server.
      </span>
    </p>
  );
}
