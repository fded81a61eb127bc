import { PlusIcon, UsersIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { firstValues } from "@/lib/search-params";
import { listProps } from "@/components/data-table/list-props";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SECTION_HEADERS } from "@/components/shell/section-headers";
import { PageHeader } from "@/components/ui/page-header";
import { CreateUserDialog } from "@/components/users/popups";
import { UserFilters } from "@/components/users/user-filters";
import { PendingInvitations } from "@/components/users/pending-invitations";
import { UsersTable } from "@/components/users/users-table";
import { can } from "@/lib/permissions";
import { memberListQuerySchema } from "@/lib/schemas/users";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { listPendingInvitations } from "@/lib/server/invitations/manage-invitations";
import { searchMembers } from "@/lib/server/users/search-members";

export const metadata = { title: "Users" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The section's layout has checked user.read.
export default async function UsersPage({ searchParams }: Props) {
  const actor = await requireActor();
  const query = memberListQuerySchema.parse(firstValues(await searchParams));
  const context = await requestContext();
  const [result, pending] = await Promise.all([searchMembers(actor, query, context), listPendingInvitations(actor, { q: query.q, page: 1 }, context)]);
  const canManage = can(actor.role, "user.manage");

  return (
    <>
      <PageHeader
        {...SECTION_HEADERS.users}
        actions={
          canManage && (
            <CreateUserDialog
              trigger={
                <Button aria-haspopup="dialog">
                  <PlusIcon aria-hidden />
                  New user
                </Button>
              }
            />
          )
        }
      />
      <UsersTable
        {...listProps(result)}
        sort={query.sort}
        currentUserId={actor.userId}
        canManage={canManage}
        toolbar={<UserFilters />}
        empty={
          <EmptyState
            icon={<UsersIcon />}
            title="No members match"
            description="Try another search or clear the filters."
            action={
              <Button asChild variant="outline">
                <Link href="/users">Show all members</Link>
              </Button>
            }
          />
        }
      />
      {pending.total > 0 && <PendingInvitations items={pending.items} total={pending.total} canManage={canManage} />}
    </>
  );
}
