// Reading our own OpenAPI documents in unit tests: the operations with their metadata, and body
// validators for a response (JSON Schema 2020-12, the dialect OpenAPI 3.1 uses, through Ajv — the
// same reading the e2e proofs give the served documents).
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { OpenApiDocument } from "@/lib/contract/build-document";
import { HTTP_METHODS, type HttpMethod } from "@/lib/contract/operation";

type Json = Record<string, unknown>;
export type DocumentOperation = { path: string; method: HttpMethod; op: Json };

export function operationsOf(document: OpenApiDocument): DocumentOperation[] {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => (item as Json)[method]).map((method) => ({ path, method, op: (item as Json)[method] as Json })),
  );
}

export function operationById(document: OpenApiDocument, operationId: string): DocumentOperation {
  const found = operationsOf(document).find((o) => o.op.operationId === operationId);
  if (!found) throw new Error(`no operation ${operationId}`);
  return found;
}

const escape = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

/**
 * `validate(operationId, status, body)` → null when the body is what the document says that
 * status answers (an undocumented status: the `default` response), else Ajv's errors.
 */
export function bodyValidator(document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  const uri = "https://contract.invalid/document.json";
  ajv.addSchema({ ...document, $id: uri }, uri);
  return (operationId: string, status: number | "default", body: unknown): string | null => {
    const { path, method, op } = operationById(document, operationId);
    if (!(String(status) in (op.responses as Json))) status = "default";
    const content = (((op.responses as Json)[String(status)] as Json | undefined)?.content ?? {}) as Record<string, Json>;
    const type = Object.keys(content)[0];
    if (!type) return body === undefined ? null : `${operationId} ${status} is documented without a body`;
    const validate = ajv.getSchema(`${uri}#/paths/${escape(path)}/${method}/responses/${status}/content/${escape(type)}/schema`) ?? null;
    if (!validate) throw new Error(`${operationId} ${status}: no schema`);
    return validate(body) ? null : ajv.errorsText(validate.errors);
  };
}

/** Resolves a local `$ref` ("#/components/schemas/X") in a document. */
export function deref(document: OpenApiDocument, schema: Json): Json {
  let current = schema;
  for (let i = 0; i < 20 && typeof current.$ref === "string"; i++) {
    current = (current.$ref as string)
      .replace(/^#\//, "")
      .split("/")
      .reduce<Json>((node, key) => node[key.replace(/~1/g, "/").replace(/~0/g, "~")] as Json, document as unknown as Json);
  }
  return current;
}

/** Every object schema reachable from `schema` (through $ref, items, anyOf/oneOf/allOf, properties) that lists properties but leaves additionalProperties open. */
export function openObjects(document: OpenApiDocument, schema: Json, where = "", seen = new Set<Json>()): string[] {
  const resolved = deref(document, schema);
  if (seen.has(resolved)) return [];
  seen.add(resolved);
  const found: string[] = [];
  if (resolved.properties && resolved.additionalProperties === undefined) found.push(where || "(root)");
  for (const [name, child] of Object.entries((resolved.properties ?? {}) as Record<string, Json>)) found.push(...openObjects(document, child, `${where}.${name}`, seen));
  if (resolved.items && typeof resolved.items === "object") found.push(...openObjects(document, resolved.items as Json, `${where}[]`, seen));
  if (resolved.additionalProperties && typeof resolved.additionalProperties === "object") found.push(...openObjects(document, resolved.additionalProperties as Json, `${where}{}`, seen));
  for (const key of ["anyOf", "oneOf", "allOf"]) for (const child of (resolved[key] ?? []) as Json[]) found.push(...openObjects(document, child, where, seen));
  return found;
}
