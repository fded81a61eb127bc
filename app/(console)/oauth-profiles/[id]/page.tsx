import { ArrowLeftIcon } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DefinitionList } from "@/components/oauth-profiles/definition-list";
import { DeleteProfileDialog } from "@/components/oauth-profiles/delete-profile-dialog";
import { EditProfileDialog } from "@/components/oauth-profiles/edit-profile-dialog";
import { ProfileTokenActions } from "@/components/oauth-profiles/profile-token-actions";
import { ReplaceTokensDialog } from "@/components/oauth-profiles/replace-tokens-dialog";
import { AccessTokenExpiry, StateBadge } from "@/components/oauth-profiles/token-state";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { formatDateTime, formatRelative } from "@/lib/format";
import { can } from "@/lib/permissions";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { getOAuthProfile } from "@/lib/server/oauth-profiles/get-oauth-profile";

export const metadata = { title: "OAuth profile" };

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
  const ownerEmail = search.owner && can(actor.role, "oauthProfile.actForUser") ? search.owner : null;
  const profile = await getOAuthProfile(actor, Number(id), { user: ownerEmail }, await requestContext()).catch((error: unknown) =>
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
          Reconnecting did not finish{search.reason ? ` (the provider answered “${search.reason}”)` : ""}. The stored tokens were not changed.
        </p>
      )}
      <PageHeader
        data-testid="oauth-profile-header"
        title={profile.name}
        description={profile.description || undefined}
        actions={
          <>
            <EditProfileDialog id={profile.id} ownerEmail={scopeEmail} version={profile.version} defaults={{ name: profile.name, description: profile.description, oauthAppId: profile.oauthAppId }} />
            <DeleteProfileDialog id={profile.id} name={profile.name} ownerEmail={scopeEmail} version={profile.version} />
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
