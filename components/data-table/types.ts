import "@tanstack/react-table";

/**
 * What a column is in a row's card below `md` (components/data-table/card-layout.ts): the card's
 * `title`, a labelled `field`, the row's `actions` (buttons along the card's foot), or `hidden`
 * (phone only; the table above `md` still shows it). Unset: the first always-visible column is the
 * title, a column with id "actions" the actions, any other a field.
 */
export type CardRole = "title" | "field" | "actions" | "hidden";

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData, TValue> {
    /** Shown in the header, the column menu and the CSV's header row. */
    label?: string;
    /** The server's sort key for this column (`sort=<key>` / `sort=-<key>`); none = not sortable. */
    sortKey?: string;
    /** Dates: the first click sorts newest first. */
    sortDescFirst?: boolean;
    /** The column cannot be hidden (e.g. the name that links to the record). */
    alwaysVisible?: boolean;
    /** Its place in the row's card on a phone (see CardRole). */
    card?: CardRole;
    className?: string;
  }
}
