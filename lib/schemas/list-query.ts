import { z } from "zod";

// The URL state every console list shares (components/data-table/url-state.ts writes it; a list's
// zod schema reads it with these fields and adds its filters). Anything malformed falls back.

import { LIST_PAGE_SIZES } from "./list-constants";

export { LIST_PAGE_SIZES };

/** `sort`, `page`, `cursor` (the keyset cursor of `page`, absent for a jump) and `size`. */
export function listPageFields<const S extends readonly [string, ...string[]]>(sorts: S, defaultSort: S[number]) {
  return {
    sort: z.enum(sorts).catch(defaultSort as never) as z.ZodCatch<z.ZodEnum<{ [K in S[number]]: K }>>,
    page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
    cursor: z.string().max(2000).catch(""),
    /** Rows per page (absent: the list's default). */
    size: z.coerce.number().pipe(z.union(LIST_PAGE_SIZES.map((n) => z.literal(n)))).optional().catch(undefined),
  };
}
