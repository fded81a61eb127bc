import { Badge } from "@/components/ui/badge";
import { formatDateTime, formatRelative } from "@/lib/format";
import type { OAuthProfileDto } from "@/lib/schemas/oauth-profiles";

export function StateBadge({ state }: { state: OAuthProfileDto["state"] }) {
  return state === "active" ? <Badge variant="success">Active</Badge> : <Badge variant="warning">Needs reauthorization</Badge>;
}

/** Pages are server-rendered per request: "now" is the request's moment. */
const isPast = (iso: string) => Date.parse(iso) <= Date.now();

/** "expires in 52 minutes", "expired 3 hours ago", or what is known. */
export function AccessTokenExpiry({ profile }: { profile: Pick<OAuthProfileDto, "accessTokenSet" | "accessTokenExpiresAt"> }) {
  if (!profile.accessTokenSet) return <span className="text-muted-foreground">No access token</span>;
  if (!profile.accessTokenExpiresAt) return <span className="text-muted-foreground">Expiry unknown</span>;
  const expired = isPast(profile.accessTokenExpiresAt);
  return (
    <time dateTime={profile.accessTokenExpiresAt} title={formatDateTime(profile.accessTokenExpiresAt)} className={expired ? "text-destructive" : undefined}>
      {expired ? `Expired ${formatRelative(profile.accessTokenExpiresAt)}` : `Expires ${formatRelative(profile.accessTokenExpiresAt)}`}
    </time>
  );
}
