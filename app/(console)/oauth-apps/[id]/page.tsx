import { ArrowLeftIcon, PencilIcon } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteOAuthAppDialog } from "@/components/oauth-apps/delete-oauth-app-dialog";
import { DefinitionList } from "@/components/oauth-profiles/definition-list";
import { Forbidden } from "@/components/shell/forbidden";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { can } from "@/lib/permissions";
import { pageAllowed, requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { callbackUrl } from "@/lib/server/oauth/console-origin";
import { getOAuthApp } from "@/lib/server/oauth-apps/get-oauth-app";

export const metadata = { title: "OAuth app" };

type Props = { params: Promise<{ id: string }> };

// GET /oauth-apps/{id}: admins and publishers; only admins get Edit and Delete.
export default async function OAuthAppPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor();
  if (!(await pageAllowed(actor, "oauthApp.read"))) return <Forbidden what="OAuth apps" />;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const app = await getOAuthApp(actor, Number(id), await requestContext()).catch((error: unknown) =>
    isAppError(error) && error.status === 404 ? notFound() : Promise.reject(error),
  );
  const canWrite = can(actor.role, "oauthApp.write");
  const callback = await callbackUrl();

  return (
    <>
      <Button asChild variant="ghost" size="sm" className="-ml-2 mb-2">
        <Link href="/oauth-apps">
          <ArrowLeftIcon aria-hidden />
          OAuth apps
        </Link>
      </Button>
      <PageHeader
        data-testid="oauth-app-header"
        title={app.name}
        description={app.description || undefined}
        actions={
          canWrite && (
            <>
              <Button asChild variant="outline">
                <Link href={`/oauth-apps/${app.id}/edit`}>
                  <PencilIcon aria-hidden />
                  Edit
                </Link>
              </Button>
              <DeleteOAuthAppDialog id={app.id} name={app.name} version={app.version} profileCount={app.profileCount} />
            </>
          )
        }
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <CardHeader>
            <CardTitle>Registration</CardTitle>
          </CardHeader>
          <CardContent>
            <DefinitionList
              testId="oauth-app-fields"
              rows={[
                ["Data store", `${app.dataStoreName} (${app.dataStore})`],
                ["Client ID", <span key="c" className="font-mono text-xs break-all">{app.clientId}</span>],
                [
                  "Client secret",
                  app.clientSecretSet ? (
                    <span key="s">
                      <Badge variant="success">Set</Badge> <span className="text-muted-foreground">changed {app.clientSecretUpdatedAt ? formatDateTime(app.clientSecretUpdatedAt) : ""}</span>
                    </span>
                  ) : (
                    <Badge key="s" variant="warning">Missing</Badge>
                  ),
                ],
                ["Authorization URL", <span key="a" className="break-all">{app.authorizeURI}</span>],
                ["Token URL", <span key="t" className="break-all">{app.tokenURI}</span>],
                ["Scope", app.scope || <span key="n" className="text-muted-foreground">none</span>],
                ["OAuth profiles", <Link key="p" className="underline-offset-4 hover:underline" href={`/oauth-profiles?app=${app.id}${can(actor.role, "oauthProfile.actForUser") ? "&owner=all" : ""}`}>{app.profileCount}</Link>],
                ["Created", formatDateTime(app.createdAt)],
                ["Updated", formatDateTime(app.updatedAt)],
              ]}
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Callback URL</CardTitle>
            <CardDescription>Register this redirect URL with the provider, so &ldquo;Connect&rdquo; can return here.</CardDescription>
          </CardHeader>
          <CardContent>
            <code className="block rounded-md bg-muted px-3 py-2 font-mono text-xs break-all" data-testid="callback-url">
              {callback}
            </code>
          </CardContent>
        </Card>
      </div>
    </>
  );
}
