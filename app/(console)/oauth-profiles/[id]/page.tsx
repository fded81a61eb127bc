import type { Metadata } from "next";
import { cache } from "react";
import { ArrowLeftIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { DefinitionList } from "@/components/oauth-profiles/definition-list";
import { deleteOAuthProfileAction } from "@/lib/actions/oauth-profiles";
import { ConfirmDeleteDialog } from "@/components/ui/confirm-delete-dialog";
import { EditProfileDialog } from "@/components/oauth-profiles/edit-profile-dialog";
import { ProfileTokenActions } from "@/components/oauth-profiles/profile-token-actions";
import { ReplaceTokensDialog } from "@/components/oauth-profiles/replace-tokens-dialog";
import { AccessTokenExpiry, StateBadge } from "@/components/oauth-profiles/token-state";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { recordTitle } from "@/lib/server/page-title";
import { formatDateTime, formatRelative } from "@/lib/format";
import { can } from "@/lib/permissions";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { getOAuthProfile } from "@/lib/server/oauth-profiles/get-oauth-profile";
import { noticeMessage } from "@/lib/notices";

// One read per request, shared by the <title> and the page (an admin's ?owner= reads a member's).
const load = cache(async (id: string, owner: string | undefined) => {
  const actor = await requireActor();
  const ownerEmail = owner && can(actor.role, "oauthProfile.actForUser") ? owner : null;
  return getOAuthProfile(actor, Number(id), { user: ownerEmail }, await requestContext());
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ id }, { owner }] = await Promise.all([params, searchParams]);
  return recordTitle("OAuth profile", "oauthProfile.own", () => load(id, owner).then((p) => p.name));
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ owner?: string; connect?: string; reason?: string }> };

const secretStatus = (set: boolean, updatedAt: string | null) =>
  set ? (
    <span>
      <Badge variant="success">Set</Badge> <span className="text-muted-foreground">{updatedAt ? `changed ${formatRelative(updatedAt)}` : ""}</span>
    </span>
  ) : (
    <Badge variant="outline">Not set</Badge>
  );

// GET /oauth-profiles/{id}: the owner's; an admin reaches another member's with ?owner=<email>.
export default async function OAuthProfilePage({ params, searchParams }: Props) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  if (!/^\d{1,9}$/.test(id)) notFound();
  const profile = await load(id, search.owner).catch((error: unknown) =>
    isAppError(error) && error.status === 404 ? notFound() : Promise.reject(error),
  );
  const mine = profile.owner.id === actor.userId;
  const scopeEmail = mine ? null : profile.owner.email;

  return (
    <>
      <Button asChild variant="ghost" size="sm" className="-ml-2 mb-2">
        <Link href={mine ? "/oauth-profiles" : "/oauth-profiles?owner=all"}>
          <ArrowLeftIcon aria-hidden />
          OAuth profiles
        </Link>
      </Button>
      {search.connect === "done" && (
        <p role="status" data-testid="connect-done" className="mb-4 rounded-md border border-success/50 bg-success/10 px-3 py-2 text-sm">
          Connected: the provider&apos;s tokens are stored encrypted.
        </p>
      )}
      {search.connect === "failed" && (
        <p role="alert" data-testid="connect-failed" className="mb-4 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
          Reconnecting did not finish: {noticeMessage(search.reason)} The stored tokens were not changed.
        </p>
      )}
      <PageHeader
        data-testid="oauth-profile-header"
        title={profile.name}
        description={profile.description || undefined}
        actions={
          <>
            <EditProfileDialog id={profile.id} ownerEmail={scopeEmail} version={profile.version} defaults={{ name: profile.name, description: profile.description, oauthAppId: profile.oauthAppId }} />
            <ConfirmDeleteDialog
              title={profile.name}
              description="The profile and its stored tokens are deleted for good. This cannot be undone."
              confirmLabel="Delete profile"
              action={deleteOAuthProfileAction.bind(null, { id: profile.id, owner: scopeEmail ?? "", version: profile.version })}
              done={{ href: scopeEmail ? "/oauth-profiles?owner=all" : "/oauth-profiles", message: `Deleted ${profile.name}` }}
            />
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Tokens</CardTitle>
          </CardHeader>
          <CardContent className="space-y-5">
            <DefinitionList
              testId="token-status"
              rows={[
                ["State", <StateBadge key="s" state={profile.state} />],
                ["Access token", secretStatus(profile.accessTokenSet, profile.accessTokenUpdatedAt)],
                ["Expires", <AccessTokenExpiry key="e" profile={profile} />],
                ["Refresh token", secretStatus(profile.refreshTokenSet, profile.refreshTokenUpdatedAt)],
                ["Last refreshed", profile.lastRefreshedAt ? formatDateTime(profile.lastRefreshedAt) : "Never"],
                ["Last refresh error", profile.lastRefreshError ? <span key="l" className="text-destructive">{profile.lastRefreshError}</span> : "None"],
              ]}
            />
            <div className="flex flex-wrap gap-2">
              <ProfileTokenActions id={profile.id} ownerEmail={scopeEmail} canReconnect={mine} appName={profile.oauthAppName} />
              <ReplaceTokensDialog id={profile.id} ownerEmail={scopeEmail} version={profile.version} />
            </div>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Profile</CardTitle>
          </CardHeader>
          <CardContent>
            <DefinitionList
              rows={[
                ["OAuth app", can(actor.role, "oauthApp.read") ? <Link key="a" className="underline-offset-4 hover:underline" href={`/oauth-apps/${profile.oauthAppId}`}>{profile.oauthAppName}</Link> : profile.oauthAppName],
                ["Owner", profile.owner.email],
                ["Scope", profile.scope || "none"],
                ["Created", formatDateTime(profile.createdAt)],
                ["Updated", formatDateTime(profile.updatedAt)],
              ]}
            />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
