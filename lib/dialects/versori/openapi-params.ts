// The pieces every Switchboard operation in ./openapi.ts and ./openapi-boards.ts shares: the base
// path, the organisation parameter (x-tenant), object ids, If-Match and the spec's paging.
import { z } from "zod";
import { etagHeader, ifMatchHeader } from "@/lib/contract/headers";
import { MAX_PAGE_SIZE } from "@/lib/schemas/cursor-page";

export const BASE = "/api/switchboard/v1alpha1";
export const ORG = `${BASE}/organisations/{organisationId}`;
const organisationId = z.string().meta({ description: "Your organisation's id or slug; any other is 404.", example: "default" });
export const orgParam = z.object({ organisationId });
export const idParam = (name: string, what: string) => z.object({ organisationId, [name]: z.string().meta({ description: `The ${what}'s id.` }) });
const etagExample = '"5b7b4e2c-8d4f-4a8e-9a57-3f1c2f0d9e61.3"';
export const ifMatch = ifMatchHeader(etagExample);

// The spec's paging: `first` (default 20), `before` / `after` (a page's `prev` / `next`), `sort`.
export const pageQuery = z.object({
  first: z.number().int().min(1).max(MAX_PAGE_SIZE).optional().meta({ description: `Page size (default 20, at most ${MAX_PAGE_SIZE}).` }),
  before: z.string().optional().meta({ description: "The `prev` cursor of a page." }),
  after: z.string().optional().meta({ description: "The `next` cursor of a page." }),
  sort: z.string().optional().meta({ description: "`field:asc|desc`, comma-separated, e.g. `name:asc,createdAt:desc`." }),
});

export const onOrg = { tenant: { param: "organisationId" } } as const;
export const withEtag = (description: string, schema: z.ZodType) => ({ description, schema, headers: etagHeader });
