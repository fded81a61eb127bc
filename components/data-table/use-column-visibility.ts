"use client";

import type { Table, VisibilityState } from "@tanstack/react-table";
import { useCallback, useEffect, useState } from "react";

/** The columns the "Columns" menu lists. */
export const hideableColumns = <TData,>(table: Table<TData>) =>
  table.getAllLeafColumns().filter((column) => column.getCanHide() && !column.columnDef.meta?.alwaysVisible);

/**
 * Column visibility remembered per table in localStorage. The server renders every column; the
 * stored choice applies right after hydration (reading storage during render would make server
 * and client HTML differ).
 */
export function useColumnVisibility(tableId: string, defaults: VisibilityState = {}) {
  const key = `data-table:${tableId}:columns`;
  const [visibility, setVisibility] = useState<VisibilityState>(defaults);
  useEffect(() => {
    try {
      const stored = window.localStorage.getItem(key);
      // eslint-disable-next-line react-hooks/set-state-in-effect -- storage exists only in the browser
      if (stored) setVisibility({ ...defaults, ...(JSON.parse(stored) as VisibilityState) });
    } catch {
      // unreadable storage: keep the defaults
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const update = useCallback(
    (updater: VisibilityState | ((old: VisibilityState) => VisibilityState)) =>
      setVisibility((old) => {
        const next = typeof updater === "function" ? updater(old) : updater;
        try {
          window.localStorage.setItem(key, JSON.stringify(next));
        } catch {
          // private mode or full storage: the choice lasts for this page only
        }
        return next;
      }),
    [key],
  );
  return [visibility, update] as const;
}
