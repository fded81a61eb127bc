import { UsersIcon } from "lucide-react";
import { Forbidden } from "@/components/shell/forbidden";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { CreateUserDialog } from "@/components/users/create-user-dialog";
import { UsersTable } from "@/components/users/users-table";
import { can } from "@/lib/permissions";
import { pageAllowed, requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { listMembers } from "@/lib/server/users/list-members";

export const metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requireActor();
  if (!(await pageAllowed(actor, "user.read"))) return <Forbidden what="Users" />;
  const members = await listMembers(actor, await requestContext());
  const canManage = can(actor.role, "user.manage");

  return (
    <>
      <PageHeader
        title="Users"
        description="Members of this organisation and their roles. Changes apply at once, to console sessions and API keys alike."
        actions={canManage && <CreateUserDialog />}
      />
      {members.length > 0 ? (
        <UsersTable members={members} currentUserId={actor.userId} canManage={canManage} />
      ) : (
        <EmptyState icon={<UsersIcon />} title="No members yet" description="Add the people who manage or use integrations with New user." />
      )}
    </>
  );
}
