import { Link } from "@/components/ui/link";
import { ExpiringWindowForm } from "@/components/settings/expiring-window-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { getOrganizationSettings } from "@/lib/server/organizations/update-organization-settings";

export const metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requireActor();
  const settings = await getOrganizationSettings(actor, await requestContext());
  return (
    <>
      <PageHeader title="Settings" description={`Organisation ${actor.organizationSlug}`} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Expiring soon</CardTitle>
            <CardDescription>Reminders (webhooks) go out 30, 7 and 1 days before a known expiry, whatever this window.</CardDescription>
          </CardHeader>
          <CardContent>
            <ExpiringWindowForm days={settings.expiringWindowDays} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>
              <Link href="/settings/webhooks" className="underline-offset-4 hover:underline">
                Webhooks
              </Link>
            </CardTitle>
            <CardDescription>Signed messages to your systems when a credential expires, needs reauthorization, or changes.</CardDescription>
          </CardHeader>
        </Card>
      </div>
    </>
  );
}
