import { RelativeTime } from "@/components/ui/relative-time";
import type { ContentSessionTokenDto } from "@/lib/schemas/content";
import { Button } from "@/components/ui/button";
import { RevokeSessionTokenDialog } from "./popups";

/** A workload's live content session tokens: prefix, created (by whom), last used; revoke each. */
export function SessionTokensList({ workloadGuid, tokens, canRevoke }: { workloadGuid: string; tokens: ContentSessionTokenDto[]; canRevoke: boolean }) {
  if (tokens.length === 0) return <p className="text-sm text-muted-foreground">No session tokens. Create one and give it to the workload.</p>;
  return (
    <ul className="grid gap-2 text-sm" data-testid="session-tokens">
      {tokens.map((t) => (
        <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 border-t pt-2 first:border-t-0 first:pt-0">
          <span className="grid min-w-0">
            <code className="font-mono text-xs">{t.prefix}…</code>
            <span className="text-muted-foreground">
              created <RelativeTime value={t.createdAt} />
              {t.createdByEmail && <span className="wrap-anywhere"> by {t.createdByEmail}</span>} ·{" "}
              {t.lastUsedAt ? (
                <>
                  last used <RelativeTime value={t.lastUsedAt} />
                </>
              ) : (
                "never used"
              )}
            </span>
          </span>
          {canRevoke && (
            <RevokeSessionTokenDialog
              workloadGuid={workloadGuid}
              token={{ id: t.id, prefix: t.prefix }}
              trigger={
                <Button variant="outline" size="sm" aria-label={`Revoke ${t.prefix}`}>
                  Revoke
                </Button>
              }
            />
          )}
        </li>
      ))}
    </ul>
  );
}
