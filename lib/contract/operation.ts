// The API contract, described once per dialect from the zod schemas its handlers use, and turned
// into one OpenAPI 3.1 document per dialect (./build-document.ts, served at
// /api/openapi/<dialect>.json). A dialect writes its operations in lib/dialects/<name>/openapi.ts
// and registers them with one line in ./registry.ts. A test (./route-coverage.test.ts) fails when a
// route handler exists that no document describes, or a document describes one no handler serves.
//
// Every operation carries machine-readable metadata, emitted as OpenAPI extensions; the generated
// proofs (authorization matrix, fuzzing, races) read them from the documents:
//   x-permission  the lib/permissions.ts key the service checks ("integration.update"); null when any
//                 authenticated caller may call it (GET v1/user). Absent on public operations.
//   x-roles       the roles that key grants (from PERMISSIONS), so a reader needs no second table.
//   x-public      true when no credentials are needed (the operation has `security: []`).
//   x-ownership   who owns the object the path names:
//                   "organisation"  an object of the caller's organisation (integrations, content)
//                   "user"          an object owned by one user inside the organisation (OAuth profiles)
//                   "global"        an object every organisation shares (templates, the public app catalogue)
//                   "none"          no object in the path (collections, create, the current user)
//   x-object      { param, type }: the path parameter that names the object and its resource type
//                 (the audit log's resourceType). Present unless x-ownership is "none".
//   x-refusal     what each kind of refusal returns:
//                   role               status when the caller's role lacks x-permission (403; 404 where
//                                      existence would leak)
//                   otherOrganisation  status for an object of another organisation (404: nothing crosses)
//                   otherUser          status for another user's object (x-ownership "user" only)
//                   missing            status for an object that does not exist
//   x-reach-all   { permission, roles }: for x-ownership "user", holders of `permission` (held by `roles`)
//                 reach every member's objects, not only their own (Posit's content: admins see every
//                 workload, publishers their own). Anyone else gets x-refusal.otherUser for another's.
//   x-if-match    true when the operation honours If-Match (412 when stale) and answers with an ETag.
//   x-on-behalf   { query, permission, roles, refusal, unknownUser }: a query parameter naming another
//                 member (HDP's `?user=<email>`) whose objects the call then reaches. It needs
//                 `permission` (held by `roles`); anyone else naming a user gets `refusal` (403,
//                 audited), and a name that is no member of the organisation gets `unknownUser` (404).
//                 Without it, ownership "user" means the caller's own objects only, for every role.
//   x-tenant      { param, otherOrganisation }: the path parameter naming the caller's organisation
//                 (Fruxon's {tenant}, Versori's {organisationId}), given as its id or its slug. Any
//                 other value, another organisation's or none, is refused with `otherOrganisation`
//                 (404) before anything else is looked at.
import type { z } from "zod";
import { PERMISSIONS, type Permission, type Role } from "@/lib/permissions";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";
export const HTTP_METHODS: readonly HttpMethod[] = ["get", "post", "put", "patch", "delete"];

export type Ownership = "organisation" | "user" | "global" | "none";

export type RefusalStatus = 403 | 404;

export type ContractResponse = {
  description: string;
  /** The body; absent for an empty body (204). */
  schema?: z.ZodType;
  /** Defaults to application/json. */
  contentType?: string;
  /** Response headers as a zod object (e.g. `{ etag }`). */
  headers?: z.ZodObject;
};

export type ContractOperation = {
  operationId: string;
  method: HttpMethod;
  /** OpenAPI path template, parameters named exactly as the route folder's `[param]`. */
  path: string;
  summary: string;
  description?: string;
  tags: readonly string[];
  /** The permission the service checks; null = any authenticated caller; "public" = no credentials. */
  permission: Permission | null | "public";
  ownership: Ownership;
  /** The path parameter naming the object, and its resource type. Required unless ownership is "none". */
  object?: { param: string; type: string };
  /** Status for a role that lacks the permission; default 403. */
  roleRefusal?: RefusalStatus;
  /** For ownership "user": status for another user's object (default 404). */
  otherUserRefusal?: RefusalStatus;
  /** For ownership "user": holders of this permission reach every member's objects (x-reach-all). */
  reachAll?: Permission;
  /** Honours If-Match (412 when stale) and answers with an ETag. */
  ifMatch?: boolean;
  /** The path parameter naming the caller's organisation (id or slug); another one gets `refusal` (default 404). */
  tenant?: { param: string; refusal?: RefusalStatus };
  /** A query parameter that lets a holder of `permission` act for another member (HDP's `?user=`). */
  onBehalf?: { query: string; permission: Permission };
  request?: {
    path?: z.ZodObject;
    query?: z.ZodObject;
    header?: z.ZodObject;
    body?: z.ZodType;
    /** Defaults to application/json. */
    bodyContentType?: string;
    /** Defaults to true when a body schema is given. */
    bodyRequired?: boolean;
  };
  /** Success responses (and any error with a body other than the dialect's error schema). */
  responses: Record<number, ContractResponse>;
  /** Error statuses this operation can answer besides the ones derived from its metadata. */
  errors?: number[];
};

export type DialectContract = {
  /** URL name: /api/openapi/<name>.json */
  name: string;
  title: string;
  version: string;
  /** Markdown shown at the top of the reference page: what the API is, how to authenticate. */
  description: string;
  securitySchemeName: string;
  securityScheme:
    | { type: "apiKey"; in: "header"; name: string; description: string }
    | { type: "http"; scheme: "basic" | "bearer"; description: string; bearerFormat?: string };
  /** What the reference page's request form pre-fills for the scheme (e.g. `{ value: "Key " }`). */
  securityPrefill?: { value?: string; username?: string; token?: string };
  /** The dialect's error body (give it `.meta({ id })` so it is one component). */
  errorSchema: z.ZodType;
  errorContentType: string;
  operations: ContractOperation[];
};

export const rolesFor = (permission: ContractOperation["permission"]): readonly Role[] | null =>
  permission === null || permission === "public" ? null : PERMISSIONS[permission];

/** Path parameter names in an OpenAPI path template, in order. */
export const pathParams = (path: string): string[] => [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
