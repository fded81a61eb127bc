import type { Metadata } from "next";
import { cache } from "react";
import { ArrowLeftIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { WorkloadForm } from "@/components/workloads/workload-form";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { requestContext, requireActor, requirePagePermission } from "@/lib/server/auth/page-auth";
import { recordTitle } from "@/lib/server/page-title";
import { getWorkload } from "@/lib/server/workloads/get-workload";

const load = cache(async (guid: string) => getWorkload(await requireActor(), guid, await requestContext()));

export async function generateMetadata({ params }: { params: Promise<{ guid: string }> }): Promise<Metadata> {
  const { guid } = await params;
  return recordTitle("Edit workload", "workload.read", () => load(guid).then((w) => w.name));
}

// /workloads/{guid}/edit: the owner or an admin (another publisher's workload is a 404).
export default async function EditWorkloadPage({ params }: { params: Promise<{ guid: string }> }) {
  const { guid } = await params;
  await requirePagePermission(await requireActor(), "workload.update");
  const workload = await load(guid).catch((error: unknown) => (isAppError(error) && error.status === 404 ? notFound() : Promise.reject(error)));
  return (
    <>
      <Button asChild variant="ghost" size="sm" className="-ml-2 mb-2">
        <Link href={`/workloads/${workload.guid}`}>
          <ArrowLeftIcon aria-hidden />
          {workload.name}
        </Link>
      </Button>
      <PageHeader title={`Edit ${workload.name}`} />
      <WorkloadForm workload={{ guid: workload.guid, version: workload.version, values: { name: workload.name, title: workload.title ?? "", description: workload.description } }} />
    </>
  );
}
