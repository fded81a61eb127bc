// Turns a dialect's contract (./operation.ts) into its OpenAPI 3.1 document with zod-openapi, which
// renders the schemas through zod 4's own JSON Schema conversion: request bodies as zod's input
// (a `.default()` key is optional), responses as its output (exact keys: additionalProperties false,
// so a stray field such as a secret fails validation against the document).
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import { PERMISSIONS } from "@/lib/permissions";
import { pathParams, rolesFor, type ContractOperation, type DialectContract } from "./operation";

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Bad request: the body, a parameter or the content type is invalid; nothing changed.",
  401: "Missing or invalid credentials.",
  403: "The caller's role lacks the permission; the refusal is audited.",
  404: "No such object in the caller's organisation (also for another organisation's object).",
  409: "Conflict with the current state.",
  412: "If-Match does not match the current version (someone else changed it); nothing changed.",
  429: "Too many requests (sign-in throttling); see Retry-After.",
  502: "The upstream provider could not be reached.",
};

function errorStatuses(op: ContractOperation): number[] {
  const statuses = new Set(op.errors ?? []);
  if (op.request?.body || op.request?.query) statuses.add(400);
  if (op.permission !== "public") statuses.add(401);
  if (op.permission !== null && op.permission !== "public") statuses.add(op.roleRefusal ?? 403);
  if (op.object) statuses.add(404);
  if (op.ifMatch) statuses.add(412);
  if (op.onBehalf) statuses.add(403).add(404);
  if (op.tenant) statuses.add(op.tenant.refusal ?? 404);
  return [...statuses].filter((s) => !(s in op.responses)).sort();
}

function describe(op: ContractOperation): string {
  const roles = rolesFor(op.permission);
  const access =
    op.permission === "public"
      ? "**Access:** public, no credentials."
      : op.permission === null
        ? "**Access:** any authenticated caller."
        : `**Permission:** \`${op.permission}\` (${roles?.join(", ")}).`;
  return [op.description, access].filter(Boolean).join("\n\n");
}

function operationObject(contract: DialectContract, op: ContractOperation): ZodOpenApiOperationObject {
  const errorBody = { description: "", content: { [contract.errorContentType]: { schema: contract.errorSchema } } };
  const responses: ZodOpenApiResponsesObject = {};
  for (const [status, response] of Object.entries(op.responses)) {
    responses[status as `${2 | 3}${string}`] = {
      description: response.description,
      ...(response.headers && { headers: response.headers }),
      ...(response.schema && { content: { [response.contentType ?? "application/json"]: { schema: response.schema } } }),
    };
  }
  for (const status of errorStatuses(op)) {
    responses[String(status) as `4${string}`] = { ...errorBody, description: ERROR_DESCRIPTIONS[status] ?? "Error." };
  }
  responses.default = { ...errorBody, description: "Any other error (500 carries a request id, never internals)." };

  const { request } = op;
  const body = request?.body;
  return {
    operationId: op.operationId,
    summary: op.summary,
    description: describe(op),
    tags: [...op.tags],
    security: op.permission === "public" ? [] : [{ [contract.securitySchemeName]: [] }],
    ...(request && {
      requestParams: {
        ...(request.path && { path: request.path }),
        ...(request.query && { query: request.query }),
        ...(request.header && { header: request.header }),
      },
    }),
    ...(body && {
      requestBody: {
        required: request.bodyRequired ?? true,
        content: { [request.bodyContentType ?? "application/json"]: { schema: body } },
      },
    }),
    responses,
    ...(op.permission === "public"
      ? { "x-public": true }
      : { "x-permission": op.permission, "x-roles": rolesFor(op.permission) }),
    "x-ownership": op.ownership,
    ...(op.object && { "x-object": op.object }),
    "x-refusal": {
      ...(op.permission !== null && op.permission !== "public" && { role: op.roleRefusal ?? 403 }),
      ...(op.object && op.ownership !== "global" && { otherOrganisation: 404 }),
      ...(op.ownership === "user" && { otherUser: op.otherUserRefusal ?? 404 }),
      ...(op.object && { missing: 404 }),
    },
    ...(op.reachAll && { "x-reach-all": { permission: op.reachAll, roles: PERMISSIONS[op.reachAll] } }),
    ...(op.ifMatch && { "x-if-match": true }),
    ...(op.tenant && { "x-tenant": { param: op.tenant.param, otherOrganisation: op.tenant.refusal ?? 404 } }),
    ...(op.onBehalf && {
      "x-on-behalf": { ...op.onBehalf, roles: PERMISSIONS[op.onBehalf.permission], refusal: 403, unknownUser: 404 },
    }),
  };
}

/** Checks what a type cannot: metadata that must agree with the path. Throws on the first problem. */
export function assertContractConsistent(contract: DialectContract): void {
  const seen = new Set<string>();
  for (const op of contract.operations) {
    const where = `${contract.name} ${op.method.toUpperCase()} ${op.path}`;
    if (seen.has(op.operationId)) throw new Error(`${where}: duplicate operationId ${op.operationId}`);
    seen.add(op.operationId);
    const params = pathParams(op.path);
    const declared = Object.keys(op.request?.path?.shape ?? {});
    if (params.length !== declared.length || !params.every((p) => declared.includes(p))) {
      throw new Error(`${where}: path parameters {${params}} but request.path declares {${declared}}`);
    }
    if (op.reachAll && op.ownership !== "user") throw new Error(`${where}: reachAll is for ownership "user" only`);
    if (op.ownership !== "none" && !op.object) throw new Error(`${where}: ownership ${op.ownership} needs x-object`);
    if (op.object && !params.includes(op.object.param)) throw new Error(`${where}: object param ${op.object.param} is not in the path`);
    // A success is a 2xx, or a redirect for a browser's landing (Switchboard's OAuth callback).
    if (!Object.keys(op.responses).some((s) => /^[23]/.test(s))) throw new Error(`${where}: no success response`);
    if (op.tenant && !params.includes(op.tenant.param)) throw new Error(`${where}: tenant param ${op.tenant.param} is not in the path`);
    if (op.onBehalf && !(op.onBehalf.query in (op.request?.query?.shape ?? {}))) throw new Error(`${where}: on-behalf query ${op.onBehalf.query} is not declared in request.query`);
  }
}

export type OpenApiDocument = ReturnType<typeof createDocument>;

export function buildDocument(contract: DialectContract): OpenApiDocument {
  assertContractConsistent(contract);
  const paths: Record<string, Record<string, ZodOpenApiOperationObject>> = {};
  for (const op of contract.operations) (paths[op.path] ??= {})[op.method] = operationObject(contract, op);
  return createDocument({
    openapi: "3.1.0",
    info: { title: contract.title, version: contract.version, description: contract.description },
    paths,
    components: { securitySchemes: { [contract.securitySchemeName]: contract.securityScheme } },
    security: [{ [contract.securitySchemeName]: [] }],
    "x-dialect": contract.name,
  });
}
