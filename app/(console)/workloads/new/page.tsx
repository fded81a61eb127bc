import { ArrowLeftIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { WorkloadForm } from "@/components/workloads/workload-form";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor, requirePagePermission } from "@/lib/server/auth/page-auth";

export const metadata = { title: "New workload" };

// /workloads/new (admins, publishers): the new workload is the creator's own.
export default async function NewWorkloadPage() {
  await requirePagePermission(await requireActor(), "workload.create");
  return (
    <>
      <Button asChild variant="ghost" size="sm" className="-ml-2 mb-2">
        <Link href="/workloads">
          <ArrowLeftIcon aria-hidden />
          Workloads
        </Link>
      </Button>
      <PageHeader title="New workload" description="You will own it. Then associate integrations with it and give it a session token on its page." />
      <WorkloadForm />
    </>
  );
}
