import { Dashboard } from "@/components/dashboard/dashboard";
import { PageHeader } from "@/components/ui/page-header";
import type { DashboardData } from "@/lib/schemas/dashboard";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { getDashboardWidget, widgetsFor } from "@/lib/server/dashboard/dashboard-widgets";

export const metadata = { title: "Home" };

/** When the widgets were read (a request-time server read, not a render value). */
const timeOfRead = () => Date.now();

/**
 * Home: a dashboard of what this role may see. The first data of every widget is read here, so
 * the page arrives drawn (no skeletons replaced by taller lists, no layout shift); each widget then
 * refreshes on its own. A widget whose first read fails is left to load in the browser, with its
 * own error and retry.
 */
export default async function Home() {
  const actor = await requireActor();
  const context = await requestContext();
  const widgets = widgetsFor(actor.role);
  const read = await Promise.all(widgets.map((w) => getDashboardWidget(actor, w, context).then((data) => [w, data] as const, () => null)));
  const readAt = timeOfRead();
  const initial = Object.fromEntries(read.filter((r) => r !== null)) as Partial<DashboardData>;
  return (
    <>
      <PageHeader title="Home" description={`Signed in as ${actor.email}, ${actor.role} in ${actor.organizationSlug}.`} />
      <Dashboard widgets={widgets} initial={initial} readAt={readAt} />
    </>
  );
}
