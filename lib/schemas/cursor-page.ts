// The API's cursor pages (Switchboard's lists: `first`, `before`, `after`, `sort`
// "name:asc,id:desc"), read by lib/server/pagination/cursor-page.ts.
export const SORT_PATTERN = /^([^:,]+:[^:,]+)(,[^:,]+:[^:,]+)*$/;
export const MAX_PAGE_SIZE = 100;
export type PageDto<T> = { totalCount: number; next?: string; prev?: string; items: T[] };
