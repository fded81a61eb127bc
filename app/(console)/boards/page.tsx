import { LayoutGridIcon } from "lucide-react";
import { BoardsTable } from "@/components/boards/boards-table";
import { DataTableFilters } from "@/components/data-table/data-table-filters";
import { listProps } from "@/components/data-table/list-props";
import { NoMatches } from "@/components/data-table/no-matches";
import { EmptyState } from "@/components/ui/empty-state";
import { SECTION_HEADERS } from "@/components/shell/section-headers";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/permissions";
import { boardListQuerySchema } from "@/lib/schemas/boards";
import { firstValues } from "@/lib/search-params";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { searchBoards } from "@/lib/server/boards/search-boards";

export const metadata = { title: "Boards" };
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS_OPTIONS = [
  { value: "draft", label: "Draft" },
  { value: "published", label: "Published" },
];

// Boards are created through the Switchboard API; the console lists them with the connections they use.
export default async function BoardsPage({ searchParams }: Props) {
  const actor = await requireActor();
  const query = boardListQuerySchema.parse(firstValues(await searchParams));
  const result = await searchBoards(actor, query, await requestContext());
  const filtered = !!(query.q || query.status);
  return (
    <>
      <PageHeader {...SECTION_HEADERS.boards} />
      {result.total === 0 && !filtered ? (
        <EmptyState icon={<LayoutGridIcon />} title="No boards yet" description="Boards are created through the Switchboard API (POST …/boards)." />
      ) : (
        <BoardsTable
          {...listProps(result)}
          sort={query.sort}
          canDelete={can(actor.role, "board.write")}
          toolbar={<DataTableFilters label="Boards" id="board" search={{ placeholder: "Name" }} selects={[{ key: "status", label: "Status", any: "Any status", options: STATUS_OPTIONS, width: "w-36" }]} />}
          empty={<NoMatches icon={<LayoutGridIcon />} noun="boards" total={result.total} href="/boards" />}
        />
      )}
    </>
  );
}
