import { ArrowDownIcon, ArrowUpDownIcon, ArrowUpIcon } from "lucide-react";
import Link from "next/link";
import { TableHead } from "@/components/ui/table";

type Sort = "name" | "-name" | "created" | "-created";

/** A sortable column header: the first click sorts ascending (newest first with `firstDescending`), the next flips it. */
export function SortLink<S extends Sort>({ label, sort, column, href, firstDescending }: { label: string; sort: S; column: "name" | "created"; href: (sort: S) => string; firstDescending?: boolean }) {
  const direction = sort === column ? "ascending" : sort === `-${column}` ? "descending" : undefined;
  const first = (firstDescending ? `-${column}` : column) as S;
  const next = (direction === undefined ? first : direction === "ascending" ? `-${column}` : column) as S;
  const Icon = direction === "ascending" ? ArrowUpIcon : direction === "descending" ? ArrowDownIcon : ArrowUpDownIcon;
  return (
    <TableHead aria-sort={direction ?? "none"}>
      <Link href={href(next)} className="inline-flex items-center gap-1 hover:text-foreground">
        {label}
        <Icon className="size-3.5 opacity-60" aria-hidden />
        <span className="sr-only">{direction ? `, sorted ${direction}` : ", sort"}</span>
      </Link>
    </TableHead>
  );
}
