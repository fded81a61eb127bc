import { LayoutGridIcon } from "lucide-react";
import Link from "next/link";
import { Forbidden } from "@/components/shell/forbidden";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { isAppError } from "@/lib/errors";
import { formatDateTime, formatRelative } from "@/lib/format";
import { pageAllowed, requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { listBoards } from "@/lib/server/boards/list-boards";

export const metadata = { title: "Boards" };
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

// Boards are created through the Switchboard API; the console lists them with the connections they use.
export default async function BoardsPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!(await pageAllowed(actor, "board.read"))) return <Forbidden what="boards" />;
  const params = await searchParams;
  const q = one(params.q).slice(0, 200);
  const context = await requestContext();
  const page = await listBoards(actor, { search: q, first: 20, after: one(params.after) || null, before: one(params.before) || null }, context).catch((error: unknown) =>
    isAppError(error) && error.status === 400 ? listBoards(actor, { search: q, first: 20 }, context) : Promise.reject(error),
  );
  const href = (extra: Record<string, string>) => `/boards?${new URLSearchParams({ ...(q && { q }), ...extra })}`;
  return (
    <>
      <PageHeader title="Boards" description="Integration boards and the connections they use. Deleting a connection unpublishes the boards that use it." />
      <form method="get" action="/boards" className="mb-4 flex gap-2">
        <label className="sr-only" htmlFor="q">Search by name</label>
        <input id="q" name="q" defaultValue={q} placeholder="Search by name" className="h-9 min-w-0 flex-1 rounded-md border border-input bg-transparent px-3 text-sm dark:bg-input/30" />
        <Button type="submit" variant="outline">Search</Button>
      </form>
      {page.items.length === 0 ? (
        <EmptyState icon={<LayoutGridIcon />} title={q ? "No boards match" : "No boards yet"} description={q ? "Try another search." : "Boards are created through the Switchboard API (POST …/boards)."} />
      ) : (
        <>
          <Table data-testid="boards-table">
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Status</TableHead>
                <TableHead>Connections</TableHead>
                <TableHead>Updated</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {page.items.map((b) => (
                <TableRow key={b.id}>
                  <TableCell className="font-medium">{b.name}</TableCell>
                  <TableCell><Badge variant={b.status === "published" ? "success" : "outline"}>{b.status}</Badge></TableCell>
                  <TableCell>
                    {b.connections.map((c, i) => (
                      <span key={c.id}>{i > 0 && ", "}<Link className="hover:underline" href={`/connections/${c.id}`}>{c.name}</Link></span>
                    ))}
                  </TableCell>
                  <TableCell><time dateTime={b.updatedAt} title={formatDateTime(b.updatedAt)}>{formatRelative(b.updatedAt)}</time></TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <p className="mt-2 text-sm text-muted-foreground" role="status">{page.totalCount} board{page.totalCount === 1 ? "" : "s"}</p>
          <nav aria-label="Pages" className="mt-4 flex justify-between">
            {page.prev ? <Button asChild variant="outline"><Link href={href({ before: page.prev })}>Previous</Link></Button> : <span />}
            {page.next ? <Button asChild variant="outline"><Link href={href({ after: page.next })}>Next</Link></Button> : <span />}
          </nav>
        </>
      )}
    </>
  );
}
