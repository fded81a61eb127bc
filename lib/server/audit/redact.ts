// Audit snapshots are DTOs (which never hold secrets); this is the second line of defence for
// any field whose name says it could carry one.
const SECRET_KEY = /secret|password|passwd|token|private_?key|api_?key|credential/i;

export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEY.test(k) && typeof v !== "boolean" && v !== null && typeof v !== "object" ? "[redacted]" : redact(v)]),
    );
  }
  return value;
}
