// Request generators for the fuzzing proof, derived from an operation's document: bodies built from
// its schema with values of the wrong type, huge or unicode strings, arbitrary JSON, malformed JSON,
// bad content types, odd path parameters — each carrying a canary secret in every field whose
// name says it holds a secret, and in config-like maps.
import fc from "fast-check";
import type { Operation } from "./documents";
import { sample } from "./requests";

export type FuzzRequest = { path: Record<string, string>; query: Record<string, string>; body: string | undefined; contentType: string | undefined; ifMatch?: string; label: string };

type Parameter = { name: string; in: string; schema?: Record<string, unknown> };

const SECRET_KEY = /secret|password|token|key|credential/i;
// Secret-looking names that hold no secret: a token endpoint, an auth method's name.
const NOT_SECRET = /ur[il]|endpoint|method|type|name/i;

/** Puts the canary into every secret-looking key of a JSON value (and adds one to config maps). */
export function plantCanary(value: unknown, canary: string): unknown {
  if (Array.isArray(value)) return value.map((v) => plantCanary(v, canary));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEY.test(k) && !NOT_SECRET.test(k) && (typeof v === "string" || v === undefined || v === null) ? canary : plantCanary(v, canary);
    if ("config" in out && out.config && typeof out.config === "object" && !Array.isArray(out.config)) (out.config as Record<string, unknown>).client_secret = canary;
    return out;
  }
  return value;
}

/**
 * Stands for a fresh token in a body's unique fields (email, username, names): the spec replaces
 * it in every request, so a valid create really creates (an email in use is a 409). Lowercase
 * letters and digits: valid in an email, a username and an HDP name.
 */
export const FRESH = "zfreshz";
const UNIQUE_KEYS = new Set(["email", "username", "name", "displayName"]);

/** The valid body with FRESH in its top-level unique fields. */
export function freshen(value: unknown): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, UNIQUE_KEYS.has(k) && typeof v === "string" && v ? (v.includes("@") ? v.replace("@", `${FRESH}@`) : `${v}${FRESH}`) : v]),
  );
}

let freshCount = 0;
/** A body with each FRESH replaced by a token no other request used. */
export const withFreshTokens = (body: string | undefined) =>
  body?.replaceAll(FRESH, () => `f${(freshCount++).toString(36)}${Math.random().toString(36).slice(2, 6)}`);

const huge = fc.constantFrom(20_000, 100_000).map((n) => "x".repeat(n));
const unicode = fc.string({ unit: "grapheme", maxLength: 40 });
const weird = fc.oneof(unicode, huge, fc.constantFrom("", " ", "\u0000", "null", "../../etc/passwd", "%00", "' OR 1=1 --", "<script>alert(1)</script>", "\uD800", "🙂".repeat(50)));
const wrongType = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }), weird);

/** The valid body with one or more of its keys replaced by something of the wrong type or shape. */
function mutated(valid: unknown): fc.Arbitrary<unknown> {
  if (!valid || typeof valid !== "object" || Array.isArray(valid)) return fc.oneof(wrongType, fc.array(wrongType, { maxLength: 4 }));
  const keys = Object.keys(valid as object);
  const inner = (valid as Record<string, unknown>).config;
  const innerKeys = inner && typeof inner === "object" ? Object.keys(inner) : [];
  return fc.oneof(
    fc.record({ key: fc.constantFrom(...keys, "unknown_field"), value: wrongType }).map(({ key, value }) => ({ ...(valid as object), [key]: value })),
    innerKeys.length
      ? fc.record({ key: fc.constantFrom(...innerKeys, "unknown_field"), value: wrongType }).map(({ key, value }) => ({ ...(valid as object), config: { ...(inner as object), [key]: value } }))
      : wrongType,
    fc.subarray(keys).map((kept) => Object.fromEntries(kept.map((k) => [k, (valid as Record<string, unknown>)[k]]))),
    // A NUL byte in one string of the valid body (PostgreSQL's text cannot hold it).
    keys.length ? fc.constantFrom(...keys).map((key) => JSON.parse(JSON.stringify(valid).replace(new RegExp(`("${key}":"[^"]*)`), "$1\\u0000"))) : wrongType,
  );
}

/**
 * Documented query parameters: none, only good values (`known`, the schema's example), or some
 * with values their schema accepts and some with anything.
 */
function queryFor(op: Operation, known: Record<string, string>): fc.Arbitrary<Record<string, string>> {
  const parameters = ((op.document.paths[op.path][op.method].parameters ?? []) as Parameter[]).filter((p) => p.in === "query");
  if (!parameters.length) return fc.constant({});
  const good = (p: Parameter) => known[p.name] ?? (p.schema?.example !== undefined ? String(p.schema.example) : undefined);
  const value = (p: Parameter) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(good(p) ?? String(sample(op.document, p.schema ?? {}, 0))) },
      { weight: 2, arbitrary: weird.map((w) => w.slice(0, 1000)) },
      { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constant(-1), fc.constant(1e21)).map(String) },
    );
  const goods = parameters.filter((p) => good(p) !== undefined);
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant({}) },
    { weight: 1, arbitrary: fc.record(Object.fromEntries(goods.map((p) => [p.name, fc.constant(good(p)!)])), { requiredKeys: [] }) },
    { weight: 4, arbitrary: fc.record(Object.fromEntries(parameters.map((p) => [p.name, value(p)])), { requiredKeys: [] }) },
  ) as fc.Arbitrary<Record<string, string>>;
}

// "", "." and ".." are not parameter values but URL path segments the client or server normalises away.
const DOT_SEGMENTS = ["", ".", ".."];

/** `known`: good values of query parameters the schema cannot give (a member's email for `?user=`, the caller's organisation). */
export function requestsFor(op: Operation, valid: unknown, objectId: string | undefined, known: Record<string, string> = {}): fc.Arbitrary<FuzzRequest> {
  const param = op.object?.param;
  const pathValue = param
    ? fc.oneof({ weight: 4, arbitrary: fc.constant(objectId ?? "x") }, { weight: 1, arbitrary: weird.map((w) => w.slice(0, 1000)).filter((w) => !DOT_SEGMENTS.includes(w)) }, { weight: 1, arbitrary: fc.uuid() })
    : fc.constant(undefined);
  // The organisation in the path (Fruxon's {tenant}, Versori's {organisationId}): mostly the caller's (filled in by the spec).
  const tenantValue = op.tenant
    ? fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: weird.map((w) => w.slice(0, 1000)).filter((w) => !DOT_SEGMENTS.includes(w)) }, { weight: 1, arbitrary: fc.uuid() })
    : fc.constant(undefined);
  const json = (value: unknown, label: string) => ({ body: JSON.stringify(value), contentType: op.bodyContentType ?? "application/json", label });
  const body = op.bodySchemaPointer || op.method !== "get"
    ? fc.oneof(
        { weight: 3, arbitrary: fc.constant(valid).map((v) => json(v, "valid")) },
        { weight: 4, arbitrary: mutated(valid).map((v) => json(v, "wrong types")) },
        { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => json(v, "arbitrary JSON")) },
        { weight: 1, arbitrary: fc.string({ maxLength: 60 }).map((s) => ({ body: JSON.stringify(valid ?? {}).slice(0, Math.max(1, s.length % 20)) + s, contentType: "application/json", label: "malformed JSON" })) },
        { weight: 1, arbitrary: fc.constantFrom("text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json; charset=latin1").map((t) => ({ body: JSON.stringify(valid ?? {}), contentType: t, label: `content type ${t}` })) },
        { weight: 1, arbitrary: huge.map((h) => json({ ...((valid as object) ?? {}), name: h, description: h }, "huge strings")) },
      )
    : fc.constant({ body: undefined, contentType: undefined, label: "no body" });
  const ifMatch = fc.option(fc.oneof(fc.constant("*"), fc.string({ maxLength: 30 }), fc.constant('"stale.1"')), { nil: undefined });
  return fc.record({ pathValue, tenantValue, query: queryFor(op, known), body, ifMatch }).map(({ pathValue: value, tenantValue: tenant, query, body: b, ifMatch }) => ({
    path: { ...(param && value !== undefined && { [param]: value }), ...(op.tenant && tenant !== undefined && { [op.tenant.param]: tenant }) },
    query,
    body: b.body,
    contentType: b.contentType,
    ...(op.ifMatch && ifMatch !== undefined && { ifMatch }),
    label: b.label,
  }));
}
