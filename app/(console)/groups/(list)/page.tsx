import { PlusIcon, UsersRoundIcon } from "lucide-react";
import { DataTableFilters } from "@/components/data-table/data-table-filters";
import { listProps } from "@/components/data-table/list-props";
import { NoMatches } from "@/components/data-table/no-matches";
import { CreateGroupDialog } from "@/components/groups/popups";
import { GroupsTable } from "@/components/groups/groups-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SECTION_HEADERS } from "@/components/shell/section-headers";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/permissions";
import { groupListQuerySchema } from "@/lib/schemas/groups";
import { firstValues } from "@/lib/search-params";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { searchGroups } from "@/lib/server/groups/search-groups";

export const metadata = { title: "Groups" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The section's layout has checked group.read (admins).
export default async function GroupsPage({ searchParams }: Props) {
  const actor = await requireActor();
  const query = groupListQuerySchema.parse(firstValues(await searchParams));
  const result = await searchGroups(actor, query, await requestContext());
  const canManage = can(actor.role, "group.manage");
  const newButton = canManage && (
    <CreateGroupDialog
      trigger={
        <Button aria-haspopup="dialog">
          <PlusIcon aria-hidden />
          New group
        </Button>
      }
    />
  );

  return (
    <>
      <PageHeader {...SECTION_HEADERS.groups} actions={newButton} />
      {result.total === 0 && !query.q ? (
        <EmptyState
          icon={<UsersRoundIcon />}
          title="No groups yet"
          description="Make a group (say, “Finance analysts”) with “New group”, add people to it, then let the group use an integration."
        />
      ) : (
        <GroupsTable
          {...listProps(result)}
          sort={query.sort}
          canDelete={canManage}
          toolbar={<DataTableFilters label="Groups" id="group" search={{ placeholder: "Group name" }} />}
          empty={<NoMatches icon={<UsersRoundIcon />} noun="groups" total={result.total} href="/groups" />}
        />
      )}
    </>
  );
}
