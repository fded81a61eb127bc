// The name an audit row gives its resource: what the service passed, else the `name` (or a
// user's `email`) of the snapshot it recorded, after the change before before it.
const MAX = 200;

function nameIn(snapshot: unknown): string | null {
  if (!snapshot || typeof snapshot !== "object" || Array.isArray(snapshot)) return null;
  const record = snapshot as Record<string, unknown>;
  for (const key of ["name", "email", "title"]) {
    const value = record[key];
    if (typeof value === "string" && value.trim()) return value.trim().slice(0, MAX);
  }
  return null;
}

export function auditResourceName(explicit: string | null | undefined, after: unknown, before: unknown): string | null {
  if (explicit?.trim()) return explicit.trim().slice(0, MAX);
  return nameIn(after) ?? nameIn(before);
}
