// Compares our OpenAPI document with a vendor's, operation by operation: paths and methods,
// operation ids, parameters (name, place, required, type), success statuses and the response
// schemas, structurally (properties, required, types, nullability, enum values), through $ref,
// allOf, oneOf/anyOf and both OpenAPI 3.0's `nullable` and 3.1's `type: [x, "null"]`. Each
// difference is one line of text; a difference inside a named schema is reported once, under the
// vendor's schema name, however many operations use it.
type Json = Record<string, unknown>;
type Doc = Json & { paths: Record<string, Record<string, Json>> };

type Shape =
  | { kind: "union"; ref?: string; nullable: boolean; alternatives: Shape[] }
  | {
      kind: "plain";
      ref?: string;
      nullable: boolean;
      type?: string;
      enum?: unknown[];
      properties?: Record<string, Shape>;
      required: Set<string>;
      additional?: Shape;
      items?: Shape;
    };

const METHODS = ["get", "post", "put", "patch", "delete"];

function resolve(doc: Doc, schema: Json): { schema: Json; ref?: string } {
  let ref: string | undefined;
  let current = schema;
  for (let i = 0; i < 20 && typeof current.$ref === "string"; i++) {
    ref = (current.$ref as string).split("/").pop();
    current = (current.$ref as string)
      .replace(/^#\//, "")
      .split("/")
      .reduce<Json>((node, key) => node[key.replace(/~1/g, "/").replace(/~0/g, "~")] as Json, doc);
  }
  return { schema: current, ref };
}

const cache = new WeakMap<Json, Shape>();
const ids = new WeakMap<Shape, number>();
let nextId = 1;
const idOf = (s: Shape) => {
  if (!ids.has(s)) ids.set(s, nextId++);
  return ids.get(s)!;
};

function shape(doc: Doc, input: Json): Shape {
  const { schema, ref } = resolve(doc, input);
  const cached = cache.get(schema);
  if (cached) return cached;
  let nullable = schema.nullable === true;
  const alternatives = ((schema.oneOf ?? schema.anyOf ?? []) as Json[]).filter((alt) => {
    if (resolve(doc, alt).schema.type === "null") return !(nullable = true);
    return true;
  });
  if (alternatives.length > 1) {
    const union: Shape = { kind: "union", ref, nullable, alternatives: [] };
    cache.set(schema, union);
    union.alternatives.push(...alternatives.map((alt) => shape(doc, alt)));
    return union;
  }
  if (alternatives.length === 1) {
    const only = shape(doc, alternatives[0]);
    return { ...only, ref: ref ?? only.ref, nullable: nullable || only.nullable } as Shape;
  }
  let type = schema.type as string | string[] | undefined;
  if (Array.isArray(type)) {
    if (type.includes("null")) nullable = true;
    type = type.find((t) => t !== "null");
  }
  const plain: Shape = {
    kind: "plain",
    ref,
    nullable,
    type: type ?? (schema.properties || schema.allOf ? "object" : schema.items ? "array" : undefined),
    enum: (schema.enum as unknown[] | undefined) ?? ("const" in schema ? [schema.const] : undefined),
    required: new Set((schema.required as string[] | undefined) ?? []),
  };
  cache.set(schema, plain);
  for (const part of [schema, ...((schema.allOf as Json[] | undefined) ?? []).map((p) => resolve(doc, p).schema)]) {
    for (const [name, child] of Object.entries((part.properties ?? {}) as Record<string, Json>)) (plain.properties ??= {})[name] = shape(doc, child);
    for (const name of (part.required as string[] | undefined) ?? []) plain.required.add(name);
  }
  if (schema.additionalProperties && typeof schema.additionalProperties === "object") plain.additional = shape(doc, schema.additionalProperties as Json);
  if (schema.items && typeof schema.items === "object") plain.items = shape(doc, schema.items as Json);
  return plain;
}

function diffShapes(ours: Shape, theirs: Shape, where: string, out: Set<string>, seen: Set<string>): void {
  // Nullability belongs to the place that holds the value (Connection.app), not to the schema.
  if (ours.nullable && !theirs.nullable) out.add(`${where}: nullable in ours only`);
  if (theirs.ref) where = theirs.ref;
  const key = `${where}|${idOf(ours)}|${idOf(theirs)}`;
  if (seen.has(key)) return;
  seen.add(key);
  if (ours.kind === "union" || theirs.kind === "union") {
    const ourAlternatives = ours.kind === "union" ? ours.alternatives : [ours];
    const theirAlternatives = theirs.kind === "union" ? theirs.alternatives : [theirs];
    for (const alternative of ourAlternatives) {
      // Each of our alternatives against the vendor's of the same name, else the one it is closest to.
      const named = theirAlternatives.filter((candidate) => candidate.ref !== undefined && candidate.ref === alternative.ref);
      let best: Set<string> | null = null;
      for (const candidate of named.length ? named : theirAlternatives) {
        const found = new Set<string>();
        diffShapes({ ...alternative, nullable: false } as Shape, candidate, theirs.kind === "union" ? (candidate.ref ?? where) : where, found, new Set(seen));
        if (!best || found.size < best.size) best = found;
      }
      for (const line of best ?? []) out.add(line);
    }
    return;
  }
  const numeric = (t?: string) => (t === "integer" ? "number" : t);
  if (ours.type && theirs.type && ours.type !== theirs.type && !(ours.type === "integer" && theirs.type === "number")) {
    out.add(`${where}: type ${ours.type} in ours, ${theirs.type} in vendor`);
  } else if (ours.type && theirs.type && numeric(ours.type) !== numeric(theirs.type)) {
    out.add(`${where}: type ${ours.type} in ours, ${theirs.type} in vendor`);
  }
  if (ours.enum && theirs.enum) {
    const extra = ours.enum.filter((v) => !theirs.enum!.includes(v));
    if (extra.length) out.add(`${where}: values only in ours: ${extra.join(", ")}`);
  }
  if (ours.items && theirs.items) diffShapes(ours.items, theirs.items, `${where}[]`, out, seen);
  if (ours.additional && theirs.additional) diffShapes(ours.additional, theirs.additional, `${where}{}`, out, seen);
  const ourProps = ours.properties ?? {};
  const theirProps = theirs.properties ?? {};
  if (!ours.properties && !theirs.properties) return;
  const optionalOnlyTheirs: string[] = [];
  for (const name of Object.keys(theirProps)) {
    if (name in ourProps) continue;
    if (theirs.required.has(name)) out.add(`${where}.${name}: required by vendor, absent in ours`);
    else optionalOnlyTheirs.push(name);
  }
  if (optionalOnlyTheirs.length) out.add(`${where}: optional only in vendor: ${optionalOnlyTheirs.join(", ")}`);
  for (const [name, child] of Object.entries(ourProps)) {
    if (!(name in theirProps)) {
      out.add(`${where}.${name}: only in ours${theirs.required.has(name) ? " (vendor requires it without declaring it)" : ""}`);
      continue;
    }
    if (theirs.required.has(name) && !ours.required.has(name)) out.add(`${where}.${name}: optional in ours, required by vendor`);
    diffShapes(child, theirProps[name], `${where}.${name}`, out, seen);
  }
}

type Parameter = { name: string; in: string; required: boolean; schema: Json };

function parametersOf(doc: Doc, path: string, method: string): Parameter[] {
  const item = doc.paths[path];
  return [...((item.parameters as unknown as Json[]) ?? []), ...((item[method].parameters as unknown as Json[]) ?? [])].map((p) => {
    const resolved = resolve(doc, p).schema;
    return { name: String(resolved.name), in: String(resolved.in), required: resolved.required === true, schema: (resolved.schema ?? {}) as Json };
  });
}

function jsonSchemaOf(doc: Doc, response: Json): Json | undefined {
  const content = (resolve(doc, response).schema.content ?? {}) as Record<string, Json>;
  return content["application/json"]?.schema as Json | undefined;
}

/** Every difference between our operations (under `base`) and the vendor's, as lines of text. */
export function compareWithVendor(ours: Doc, vendor: Doc, base: string): string[] {
  const out = new Set<string>();
  const seen = new Set<string>();
  for (const [ourPath, item] of Object.entries(ours.paths)) {
    const path = ourPath.slice(base.length);
    for (const method of METHODS.filter((m) => item[m])) {
      const op = item[method];
      const id = String(op.operationId);
      const theirs = vendor.paths[path]?.[method];
      if (!theirs) {
        out.add(`${id}: ${method.toUpperCase()} ${path} is not in the vendor's document`);
        continue;
      }
      if (theirs.operationId !== id) out.add(`${id}: the vendor's operation id is ${String(theirs.operationId)}`);

      const ourParams = parametersOf(ours, ourPath, method);
      const theirParams = parametersOf(vendor, path, method);
      for (const p of ourParams) {
        const match = theirParams.find((t) => t.in === p.in && t.name.toLowerCase() === p.name.toLowerCase());
        if (!match) out.add(`${id}: parameter ${p.in} ${p.name} only in ours`);
        else {
          if (match.required !== p.required) out.add(`${id}: parameter ${p.in} ${p.name} is ${p.required ? "required" : "optional"} in ours, ${match.required ? "required" : "optional"} in vendor`);
          diffShapes(shape(ours, p.schema), shape(vendor, match.schema), `${id} parameter ${p.name}`, out, seen);
        }
      }
      for (const t of theirParams) if (!ourParams.some((p) => p.in === t.in && p.name.toLowerCase() === t.name.toLowerCase())) out.add(`${id}: parameter ${t.in} ${t.name} only in vendor`);

      const successes = (responses: Json) => Object.keys(responses).filter((s) => /^[23]\d\d$/.test(s));
      const ourResponses = op.responses as Json;
      const theirResponses = theirs.responses as Json;
      for (const status of successes(ourResponses)) {
        if (!(status in theirResponses)) {
          out.add(`${id}: status ${status} only in ours`);
          continue;
        }
        const ourSchema = jsonSchemaOf(ours, ourResponses[status] as Json);
        const theirSchema = jsonSchemaOf(vendor, theirResponses[status] as Json);
        if (!ourSchema !== !theirSchema) out.add(`${id} ${status}: ${ourSchema ? "a body in ours only" : "a body in vendor only"}`);
        else if (ourSchema && theirSchema) diffShapes(shape(ours, ourSchema), shape(vendor, theirSchema), `${id} ${status}`, out, seen);
      }
      for (const status of successes(theirResponses)) if (!(status in ourResponses)) out.add(`${id}: status ${status} only in vendor`);
    }
  }
  return [...out].sort();
}
