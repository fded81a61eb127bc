import "@tanstack/react-table";

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
    className?: string;
  }
}
