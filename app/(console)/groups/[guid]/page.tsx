import type { Metadata } from "next";
import { cache } from "react";
import { ArrowLeftIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { deleteGroupAction } from "@/lib/actions/groups";
import { AddMemberForm } from "@/components/groups/add-member-form";
import { GroupMembersTable } from "@/components/groups/group-members-table";
import { DefinitionList } from "@/components/oauth-profiles/definition-list";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDeleteDialog, UsedByList } from "@/components/ui/confirm-delete-dialog";
import { CopyableId } from "@/components/ui/copy-button";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { can } from "@/lib/permissions";
import { groupMembersQuerySchema } from "@/lib/schemas/groups";
import { firstValues } from "@/lib/search-params";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { getGroup } from "@/lib/server/groups/get-group";
import { listGroupMembers } from "@/lib/server/groups/group-members";
import { listGroupIntegrations } from "@/lib/server/groups/list-group-integrations";
import { recordTitle } from "@/lib/server/page-title";

// One read per request, shared by the <title> and the page.
const load = cache(async (guid: string) => getGroup(await requireActor(), guid, await requestContext()));

export async function generateMetadata({ params }: { params: Promise<{ guid: string }> }): Promise<Metadata> {
  const { guid } = await params;
  return recordTitle("Group", "group.read", () => load(guid).then((g) => g.name));
}

type Props = { params: Promise<{ guid: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// GET /groups/{guid} (admins; the section's layout checked group.read): members in the order they
// were added, add and remove members, delete the group.
export default async function GroupPage({ params, searchParams }: Props) {
  const { guid } = await params;
  const actor = await requireActor();
  const context = await requestContext();
  const group = await load(guid).catch((error: unknown) => (isAppError(error) && error.status === 404 ? notFound() : Promise.reject(error)));
  const query = groupMembersQuerySchema.parse(firstValues(await searchParams));
  const [members, integrations] = await Promise.all([
    listGroupMembers(actor, group.guid, { page_number: query.page, page_size: query.size }, context),
    listGroupIntegrations(actor, group.guid, context),
  ]);
  const canManage = can(actor.role, "group.manage");
  const sole = integrations.items.filter((i) => i.soleEntry);
  const integrationName = (i: { name: string; guid: string }) => i.name || i.guid;

  return (
    <>
      <Button asChild variant="ghost" size="sm" className="-ml-2 mb-2">
        <Link href="/groups">
          <ArrowLeftIcon aria-hidden />
          Groups
        </Link>
      </Button>
      <PageHeader
        data-testid="group-header"
        title={group.name}
        description={`${group.memberCount} member${group.memberCount === 1 ? "" : "s"}`}
        actions={
          canManage && (
            <ConfirmDeleteDialog
              title={group.name}
              description="The group is deleted for good; its members keep their accounts. This cannot be undone."
              confirmLabel="Delete group"
              usedBy={
                integrations.items.length > 0 && (
                  <UsedByList
                    heading={
                      sole.length > 0
                        ? `It is the only entry in who can use ${sole.length === 1 ? "this integration" : "these integrations"}, so it cannot be deleted until you add someone else there or remove it:`
                        : `${integrations.items.length === 1 ? "This integration names" : "These integrations name"} it in who can use ${integrations.items.length === 1 ? "it" : "them"}; its members lose access through it:`
                    }
                    items={(sole.length > 0 ? sole : integrations.items).map(integrationName)}
                  />
                )
              }
              usedByTestId="group-used-by"
              blocked={sole.length > 0}
              unused="No integration names this group."
              action={deleteGroupAction.bind(null, { guid: group.guid })}
              done={{ href: "/groups", message: `Deleted ${group.name}` }}
            />
          )
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Card className="min-w-0">
          <CardHeader>
            <CardTitle>Members</CardTitle>
            <CardDescription>In the order they were added.</CardDescription>
          </CardHeader>
          <CardContent className="space-y-4">
            {canManage && <AddMemberForm groupGuid={group.guid} groupName={group.name} />}
            <GroupMembersTable
              rows={members.results}
              total={members.total}
              page={query.page}
              pageSize={query.size}
              pageCount={Math.max(1, Math.ceil(members.total / query.size))}
              groupGuid={group.guid}
              groupName={group.name}
              canManage={canManage}
            />
          </CardContent>
        </Card>
        <div className="min-w-0 space-y-6">
          <Card>
            <CardHeader>
              <CardTitle>Details</CardTitle>
            </CardHeader>
            <CardContent>
              <DefinitionList
                testId="group-fields"
                rows={[
                  ["GUID", <CopyableId key="guid" value={group.guid} label="GUID" />],
                  ["Created", formatDateTime(group.createdAt)],
                ]}
              />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Can use</CardTitle>
              <CardDescription>Integrations whose “who can use it” names this group.</CardDescription>
            </CardHeader>
            <CardContent>
              {integrations.items.length === 0 ? (
                <p className="text-sm text-muted-foreground">No integration names this group.</p>
              ) : (
                <ul className="space-y-1 text-sm" data-testid="group-integrations">
                  {integrations.items.map((i) => (
                    <li key={i.guid} className="break-words">
                      <Link href={`/integrations/${i.guid}`} className="underline-offset-4 hover:underline">
                        {integrationName(i)}
                      </Link>
                      {i.soleEntry && <span className="text-muted-foreground"> — only this group</span>}
                    </li>
                  ))}
                  {integrations.more && <li className="text-muted-foreground">and more</li>}
                </ul>
              )}
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}
