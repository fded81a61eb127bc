// One mechanism for lists on a phone: below `md` the data table's own rows become cards by CSS
// alone (one DOM, so sorting, selection, details and row actions are the same elements at every
// width). Each column's `meta.card` (components/data-table/types.ts) says where its cell goes:
//
//   [✓] Title ........................ [>]     select box, the title, the details toggle
//       Label   value                          a `field` per column, labelled by its header
//       Label   value
//       [Action] [Action]                      the `actions` column
//
// Columns the section marks `hidden` stay in the table above `md` and out of the card.
import type { ColumnDef } from "@tanstack/react-table";
import type { CardRole } from "./types";

type Placement = CardRole | "select" | "details";

/** Each column's place in the card, by column id. */
export function cardPlacements<TData>(columns: ColumnDef<TData, unknown>[]): Map<string, Placement> {
  const placements = new Map<string, Placement>();
  const explicitTitle = columns.some((c) => c.meta?.card === "title");
  let titled = explicitTitle;
  for (const column of columns) {
    const id = column.id ?? "";
    if (id === "select" || id === "details") placements.set(id, id);
    else if (column.meta?.card) placements.set(id, column.meta.card);
    else if (id === "actions") placements.set(id, "actions");
    else if (!titled && column.meta?.alwaysVisible) {
      placements.set(id, "title");
      titled = true;
    } else placements.set(id, "field");
  }
  // No always-visible column and no explicit title: the first field is the title.
  if (!titled) {
    const first = columns.find((c) => placements.get(c.id ?? "") === "field");
    if (first?.id) placements.set(first.id, "title");
  }
  return placements;
}

// A card is a three-column grid: [select] [content] [details toggle]. Cells pinned to the first
// row are the card's head; every other cell flows below in the content column.
const CELL = "max-md:px-0 max-md:py-0 max-md:whitespace-normal";
export const CARD_CLASSES: Record<Placement, string> = {
  select: "max-md:col-start-1 max-md:row-start-1 max-md:pt-1 max-md:pr-3 max-md:pl-0",
  details: "max-md:col-start-3 max-md:row-start-1 max-md:p-0 max-md:pl-2",
  title: `${CELL} max-md:col-start-2 max-md:row-start-1 max-md:self-center max-md:text-base max-md:break-words max-md:max-w-none`,
  field: `${CELL} max-md:col-start-2 max-md:col-span-2 max-md:flex max-md:items-baseline max-md:gap-3 max-md:break-words max-md:max-w-none max-md:min-w-0 max-md:before:w-24 max-md:before:shrink-0 max-md:before:text-muted-foreground max-md:before:content-[attr(data-label)]`,
  actions: `${CELL} max-md:col-start-2 max-md:col-span-2 max-md:pt-2 max-md:text-left max-md:[&>*]:inline-flex max-md:[&_button]:min-h-9`,
  hidden: "max-md:hidden",
};

/** A data row as a card, and the table around it as plain blocks (below `md` only). */
export const CARD_ROW = "max-md:grid max-md:grid-cols-[auto_minmax(0,1fr)_auto] max-md:items-start max-md:gap-y-1.5 max-md:px-1 max-md:py-3";
export const CARD_TABLE = "max-md:block max-md:[&>tbody]:block";
