// Audit snapshots are DTOs (which never hold secrets); this is the second line of defence for
// any field whose name says it could carry one.
const SECRET_KEY = /secret|password|passwd|token|private_?key|api_?key|credential/i;
// …except names that say what they hold is an address, a method or a kind, never a secret
// ("token_uri", "tokenEndpoint", "token_endpoint_auth_method"): those stay readable, as the
// detail pages show them, and every other secret-sounding field is redacted.
const NOT_SECRET = /(?:uri|url|endpoint|method|type)$/i;
const isSecretKey = (key: string) => SECRET_KEY.test(key) && !NOT_SECRET.test(key);

export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, isSecretKey(k) && typeof v !== "boolean" && v !== null && typeof v !== "object" ? "[redacted]" : redact(v)]),
    );
  }
  return value;
}
