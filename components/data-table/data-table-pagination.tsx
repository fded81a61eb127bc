"use client";

import { ChevronLeftIcon, ChevronRightIcon, ChevronsLeftIcon, ChevronsRightIcon } from "lucide-react";
import { useId, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { LazySelect } from "@/components/ui/lazy-select";
import { cn } from "@/lib/utils";
import { PAGE_SIZES } from "./url-state";

export type PaginationState = {
  page: number;
  /** null when the server does not know (keyset pages past an estimated count): no Last, no jump. */
  pageCount: number | null;
  pageSize: number;
  total: number;
  /** The total is an estimate (large tables): shown as "about". */
  totalIsEstimate?: boolean;
  /** With an unknown page count: whether a next page exists. */
  hasNextPage?: boolean;
};

/** Page numbers around the current one, with gaps: 1 … 4 5 [6] 7 8 … 20. */
export function pageWindow(page: number, pageCount: number): (number | "gap")[] {
  const pages = new Set([1, pageCount, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pageCount));
  if (page <= 3) [2, 3, 4].forEach((p) => p <= pageCount && pages.add(p));
  if (page >= pageCount - 2) [pageCount - 3, pageCount - 2, pageCount - 1].forEach((p) => p >= 1 && pages.add(p));
  const sorted = [...pages].sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1] > 1 ? ["gap" as const, p] : [p]));
}

export function DataTablePagination({
  state,
  noun,
  onChange,
  selected,
}: {
  state: PaginationState;
  noun: [string, string];
  onChange: (change: { page?: number; size?: number }) => void;
  selected?: number;
}) {
  const { page, pageCount, pageSize, total, totalIsEstimate } = state;
  const sizeId = useId();
  const jumpId = useId();
  const [jump, setJump] = useState("");
  const hasNext = pageCount === null ? !!state.hasNextPage : page < pageCount;
  const first = (page - 1) * pageSize + 1;
  const shown = total === 0 ? "0" : `${first.toLocaleString("en")}–${Math.min(page * pageSize, total).toLocaleString("en")}`;
  const totalText = `${totalIsEstimate ? "about " : ""}${total.toLocaleString("en")} ${total === 1 ? noun[0] : noun[1]}`;

  const go = (p: number) => onChange({ page: p });
  const nav = (label: string, target: number | null, icon: ReactNode, extra?: string) => (
    <Button type="button" variant="outline" size="icon-sm" className={extra} aria-label={label} disabled={target === null} onClick={() => target !== null && go(target)}>
      {icon}
    </Button>
  );

  return (
    <div className="mt-4 flex flex-col gap-3 text-sm lg:flex-row lg:items-center lg:justify-between" data-slot="data-table-pagination">
      <p className="text-muted-foreground" role="status" data-testid="table-total">
        {selected ? `${selected} selected · ` : ""}
        {shown} of {totalText}
      </p>
      <nav aria-label="Pagination" className="flex flex-wrap items-center gap-2">
        <div className="flex items-center gap-2">
          <label htmlFor={sizeId} className="whitespace-nowrap text-muted-foreground">
            Rows per page
          </label>
          <LazySelect
            id={sizeId}
            size="sm"
            className="w-20"
            value={String(pageSize)}
            onValueChange={(value) => onChange({ size: Number(value) })}
            options={PAGE_SIZES.map((size) => ({ value: String(size), label: size }))}
          />
        </div>
        <div className="flex items-center gap-1">
          {nav("First page", page > 1 ? 1 : null, <ChevronsLeftIcon aria-hidden />)}
          {nav("Previous page", page > 1 ? page - 1 : null, <ChevronLeftIcon aria-hidden />)}
          {pageCount !== null ? (
            <ol className="flex items-center gap-1">
              {pageWindow(page, pageCount).map((p, i) =>
                p === "gap" ? (
                  <li key={`gap-${i}`} aria-hidden className="hidden px-1 text-muted-foreground sm:block">
                    …
                  </li>
                ) : (
                  <li key={p} className={cn(p !== page && "hidden sm:block")}>
                    <Button
                      type="button"
                      size="sm"
                      variant={p === page ? "secondary" : "ghost"}
                      className="min-w-8 px-2"
                      aria-label={`Page ${p}`}
                      aria-current={p === page ? "page" : undefined}
                      onClick={() => p !== page && go(p)}
                    >
                      {p}
                    </Button>
                  </li>
                ),
              )}
            </ol>
          ) : (
            <span className="px-2">Page {page}</span>
          )}
          {nav("Next page", hasNext ? page + 1 : null, <ChevronRightIcon aria-hidden />)}
          {pageCount !== null && nav("Last page", page < pageCount ? pageCount : null, <ChevronsRightIcon aria-hidden />)}
        </div>
        {pageCount !== null && pageCount > 1 && (
          <form
            method="get"
            className="flex items-center gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              const target = Number(jump);
              if (Number.isInteger(target) && target >= 1 && target <= pageCount) go(target);
              setJump("");
            }}
          >
            <label htmlFor={jumpId} className="whitespace-nowrap text-muted-foreground">
              Go to page
            </label>
            <Input id={jumpId} inputMode="numeric" value={jump} onChange={(e) => setJump(e.target.value.replace(/\D/g, ""))} className="h-8 w-16" placeholder={`1–${pageCount}`} />
          </form>
        )}
      </nav>
    </div>
  );
}
