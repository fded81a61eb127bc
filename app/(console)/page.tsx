import { Dashboard } from "@/components/dashboard/dashboard";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/server/auth/page-auth";
import { widgetsFor } from "@/lib/server/dashboard/dashboard-widgets";

export const metadata = { title: "Home" };

/** Home: a dashboard of what this role may see; each widget loads and refreshes on its own. */
export default async function Home() {
  const actor = await requireActor();
  return (
    <>
      <PageHeader title="Home" description={`Signed in as ${actor.email}, ${actor.role} in ${actor.organizationSlug}.`} />
      <Dashboard widgets={widgetsFor(actor.role)} />
    </>
  );
}
