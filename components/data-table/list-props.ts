import type { ServerListProps } from "./data-table";

type ListResult<T> = {
  items: T[];
  total: number;
  page: number;
  pageCount: number;
  /** Offset lists say `pageSize`; keyset pages (lib/server/pagination/keyset-page.ts) say `size`. */
  pageSize?: number;
  size?: number;
  /** Keyset pages: false when `total` is the planner's estimate. */
  totalExact?: boolean;
  /** Keyset pages: the cursors that make the next/previous page a seek. */
  cursors?: { next: string | null; prev: string | null };
};

/** A list service's page as the data table's props (server pages: `<XTable {...listProps(result)} …/>`). */
export function listProps<T>(result: ListResult<T>): ServerListProps<T> {
  return {
    rows: result.items,
    total: result.total,
    totalIsEstimate: result.totalExact === false,
    page: result.page,
    pageCount: result.pageCount,
    pageSize: result.pageSize ?? result.size,
    cursors: result.cursors,
  };
}
