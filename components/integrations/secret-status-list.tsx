import { CheckCircle2Icon, CircleDashedIcon } from "lucide-react";
import { formatDateTime, formatRelative } from "@/lib/format";
import type { SecretFieldStatus } from "./secret-fields";

/** Status only: whether each secret is set and when it last changed. The value never leaves the server. */
export function SecretStatusList({ secrets }: { secrets: SecretFieldStatus[] }) {
  if (secrets.length === 0) return <p className="text-sm text-muted-foreground">This configuration uses no secrets.</p>;
  return (
    <ul className="space-y-2 text-sm">
      {secrets.map((secret) => (
        <li key={secret.name} className="flex flex-wrap items-center justify-between gap-2">
          <span className="font-medium">
            {secret.label}
            <span className="ml-1 font-mono text-xs text-muted-foreground">{secret.name}</span>
          </span>
          <span data-testid={`secret-status-${secret.name}`} className="inline-flex items-center gap-1.5 text-muted-foreground">
            {secret.set && secret.updatedAt ? (
              <>
                <CheckCircle2Icon className="size-4 text-success" aria-hidden />
                set ·{" "}
                <time dateTime={secret.updatedAt} title={formatDateTime(secret.updatedAt)}>
                  changed {formatRelative(secret.updatedAt)}
                </time>
              </>
            ) : (
              <>
                <CircleDashedIcon className="size-4" aria-hidden />
                not set{secret.required ? " (required)" : ""}
              </>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
