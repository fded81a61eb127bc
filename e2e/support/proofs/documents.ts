// The dialects' OpenAPI documents, as the running console serves them (/api/openapi/<name>.json),
// turned into the operations the generated proofs walk. The metadata each operation carries
// (x-permission, x-roles, x-public, x-ownership, x-object, x-refusal, x-if-match) is defined in
// lib/contract/operation.ts. A dialect's document is found from the reference page's links, so a
// new dialect is covered as soon as it is registered.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { ValidateFunction } from "ajv";
import { send } from "./http";

type Json = Record<string, unknown>;
export type OpenApiDocument = Json & { paths: Record<string, Record<string, Json>>; components?: Json; "x-dialect"?: string };

export type Operation = {
  dialect: string;
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  operationId: string;
  /** "public": no credentials; null: any authenticated caller; else a lib/permissions.ts key. */
  permission: string | null | "public";
  roles: readonly string[] | null;
  ownership: "organisation" | "user" | "global" | "none";
  object?: { param: string; type: string };
  refusal: { role?: number; otherOrganisation?: number; otherUser?: number; missing?: number };
  ifMatch: boolean;
  /** x-reach-all: roles that reach every member's objects (ownership "user"), not only their own. */
  reachAll?: { permission: string; roles: readonly string[] };
  /** x-tenant: the path parameter naming the caller's organisation, and what another one gets. */
  tenant?: { param: string; otherOrganisation: number };
  /** x-on-behalf: a query parameter naming another member (HDP's `?user=`). */
  onBehalf?: { query: string; permission: string; roles: readonly string[]; refusal: number; unknownUser: number };
  /** JSON pointer (inside the document) of the JSON request body's schema, when it has one. */
  bodySchemaPointer?: string;
  bodyRequired: boolean;
  bodyContentType?: string;
  /** The documented success statuses (2xx, and 3xx where a browser lands: Switchboard's OAuth callback). */
  successStatuses: number[];
  document: OpenApiDocument;
};

export type Dialect = { name: string; document: OpenApiDocument; operations: Operation[]; errorContentType: string };

const KNOWN = ["posit", "hdp", "versori", "fruxon"];
/**
 * Dialects whose documents landed before the proofs had fixtures for them (objects to create,
 * valid bodies). Shrink-only, like lib/contract/route-coverage.test.ts's NOT_YET_DOCUMENTED; the
 * proofs print what they leave out.
 */
export const NOT_YET_PROVEN: readonly string[] = [];
/**
 * Dialects the fuzzing proof leaves out until the 5xx it found are fixed (shrink-only): none since
 * HDP's `?user=%00` and Versori's concurrent DELETEs answer 404 (test/integration/oauth-profiles/profile-owner,
 * test/integration/switchboard/concurrent-deletes).
 */
export const NOT_YET_FUZZED: readonly string[] = [];
const METHODS = ["get", "post", "put", "patch", "delete"] as const;
const escape = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

/** Every dialect whose document the console serves: those the reference page links, and the known names. */
export async function loadDialects(): Promise<Dialect[]> {
  const page = await send("GET", "/api/docs");
  const linked = [...page.text.matchAll(/\/api\/openapi\/([a-z0-9-]+)\.json/g)].map((m) => m[1]);
  const dialects: Dialect[] = [];
  for (const name of [...new Set([...linked, ...KNOWN])].filter((n) => !NOT_YET_PROVEN.includes(n))) {
    const reply = await send("GET", `/api/openapi/${name}.json`);
    if (reply.status === 404 && !linked.includes(name)) continue; // not built yet
    if (reply.status !== 200) throw new Error(`/api/openapi/${name}.json answered ${reply.status}: ${reply.text.slice(0, 200)}`);
    const document = reply.json as OpenApiDocument;
    dialects.push({ name, document, operations: operationsOf(name, document), errorContentType: errorContentTypeOf(document) });
  }
  if (!dialects.some((d) => d.name === "posit")) throw new Error("the console serves no Posit document at /api/openapi/posit.json");
  return dialects;
}

function operationsOf(dialect: string, document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const content = ((op.requestBody as Json | undefined)?.content ?? {}) as Record<string, Json>;
      const bodyContentType = Object.keys(content)[0];
      const responses = op.responses as Record<string, Json>;
      operations.push({
        dialect,
        method,
        path,
        operationId: String(op.operationId),
        permission: op["x-public"] ? "public" : ((op["x-permission"] as string | null | undefined) ?? null),
        roles: (op["x-roles"] as string[] | undefined) ?? null,
        ownership: (op["x-ownership"] as Operation["ownership"]) ?? "none",
        object: op["x-object"] as Operation["object"],
        refusal: (op["x-refusal"] as Operation["refusal"]) ?? {},
        ifMatch: op["x-if-match"] === true,
        reachAll: op["x-reach-all"] as Operation["reachAll"],
        tenant: op["x-tenant"] as Operation["tenant"],
        onBehalf: op["x-on-behalf"] as Operation["onBehalf"],
        bodySchemaPointer: bodyContentType && content[bodyContentType].schema ? `#/paths/${escape(path)}/${method}/requestBody/content/${escape(bodyContentType)}/schema` : undefined,
        bodyRequired: (op.requestBody as Json | undefined)?.required === true,
        bodyContentType,
        successStatuses: Object.keys(responses).filter((s) => /^[23]\d\d$/.test(s)).map(Number),
        document,
      });
    }
  }
  return operations;
}

function errorContentTypeOf(document: OpenApiDocument): string {
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const content = ((item[method]?.responses as Record<string, Json> | undefined)?.default?.content ?? {}) as Json;
      const type = Object.keys(content)[0];
      if (type) return type;
    }
  }
  return "application/json";
}

/** A JSON pointer into an operation's document, resolved. */
export function at(document: OpenApiDocument, pointer: string): unknown {
  return pointer
    .replace(/^#\//, "")
    .split("/")
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], document);
}

/** Validators against the documents' schemas (JSON Schema 2020-12, as OpenAPI 3.1 uses). */
export class DocumentValidator {
  private ajv = new Ajv2020({ strict: false, allErrors: false, validateSchema: false });
  private compiled = new Map<string, ValidateFunction>();
  private added = new Set<string>();

  constructor() {
    addFormats(this.ajv);
  }

  private validator(document: OpenApiDocument, pointer: string): ValidateFunction {
    const id = `${document["x-dialect"] ?? (document.info as Json)?.title}`;
    const uri = `https://proofs.invalid/${encodeURIComponent(id)}.json`;
    if (!this.added.has(uri)) {
      this.ajv.addSchema({ ...document, $id: uri }, uri);
      this.added.add(uri);
    }
    const key = `${uri}${pointer}`;
    let validate = this.compiled.get(key);
    if (!validate) this.compiled.set(key, (validate = this.ajv.compile({ $ref: key })));
    return validate;
  }

  /** null when valid, else the first errors as text. */
  check(document: OpenApiDocument, pointer: string, value: unknown): string | null {
    const validate = this.validator(document, pointer);
    return validate(value) ? null : this.ajv.errorsText(validate.errors?.slice(0, 3));
  }

  /** The content type of an operation's response for a status (or `default`), if it has a body. */
  responseContentType(op: Operation, status: number): string | null {
    const responses = (op.document.paths[op.path][op.method].responses ?? {}) as Record<string, Json>;
    return Object.keys((responses[String(status) in responses ? String(status) : "default"]?.content ?? {}) as Json)[0] ?? null;
  }

  /** The schema of an operation's response for a status (or `default`), if it has a JSON body. */
  responsePointer(op: Operation, status: number): string | null {
    const responses = (op.document.paths[op.path][op.method].responses ?? {}) as Record<string, Json>;
    const key = String(status) in responses ? String(status) : "default";
    const content = (responses[key]?.content ?? {}) as Record<string, Json>;
    const type = Object.keys(content)[0];
    if (!type || !content[type].schema) return null;
    return `#/paths/${escape(op.path)}/${op.method}/responses/${key}/content/${escape(type)}/schema`;
  }
}
