import type { Metadata } from "next";
import { cache } from "react";
import { ArrowLeftIcon, PencilIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { deleteOAuthAppAction } from "@/lib/actions/oauth-apps";
import { ConfirmDeleteDialog } from "@/components/ui/confirm-delete-dialog";
import { DefinitionList } from "@/components/oauth-profiles/definition-list";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { recordTitle } from "@/lib/server/page-title";
import { formatDateTime } from "@/lib/format";
import { can } from "@/lib/permissions";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { callbackUrl } from "@/lib/server/oauth/console-origin";
import { getOAuthApp } from "@/lib/server/oauth-apps/get-oauth-app";
import { CopyButton } from "@/components/ui/copy-button";

// One read per request, shared by the <title> and the page.
const load = cache(async (id: string) => getOAuthApp(await requireActor(), Number(id), await requestContext()));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return recordTitle("OAuth app", "oauthApp.read", () => load(id).then((a) => a.name));
}

type Props = { params: Promise<{ id: string }> };

// GET /oauth-apps/{id}: admins and publishers; only admins get Edit and Delete.
export default async function OAuthAppPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor();
  if (!/^\d{1,9}$/.test(id)) notFound();
  const app = await load(id).catch((error: unknown) =>
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
              <ConfirmDeleteDialog
                title={app.name}
                description="The OAuth app and its client secret are deleted for good. This cannot be undone."
                confirmLabel="Delete OAuth app"
                typeToConfirm={app.name}
                usedBy={
                  app.profileCount > 0 &&
                  `${app.profileCount} OAuth profile${app.profileCount === 1 ? "" : "s"} and ${app.profileCount === 1 ? "its" : "their"} tokens will be deleted with it.`
                }
                usedByTestId="delete-profiles"
                unused="No OAuth profiles use this app."
                action={deleteOAuthAppAction.bind(null, { id: app.id, version: app.version })}
                done={{ href: "/oauth-apps", message: `Deleted ${app.name}${app.profileCount ? ` and its OAuth profiles` : ""}` }}
              />
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
                ["Data store", `${app.dataStoreName} (HDP data store number ${app.dataStore})`],
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
            <div className="flex items-start gap-2">
              <code className="block min-w-0 flex-1 rounded-md bg-muted px-3 py-2 font-mono text-xs break-all" data-testid="callback-url">
                {callback}
              </code>
              <CopyButton value={callback} label="callback URL" />
            </div>
          </CardContent>
        </Card>
      </div>
    </>
  );
}
