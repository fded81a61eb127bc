// Turns an integration audit event's before/after snapshots (DTOs: no secret values, only
// `{ set, updatedAt }` per secret) into short lines for the detail page.
type Snapshot = { name?: unknown; description?: unknown; authType?: unknown; config?: unknown; secrets?: unknown };

const asObject = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

const show = (value: unknown) => (value === undefined || value === null || value === "" ? "(empty)" : JSON.stringify(value));

export function describeChanges(before: unknown, after: unknown, labelOf: (key: string) => string = (key) => key): string[] {
  if (!before || !after) return [];
  const b = before as Snapshot;
  const a = after as Snapshot;
  const lines: string[] = [];
  const compare = (label: string, from: unknown, to: unknown) => {
    if (JSON.stringify(from) !== JSON.stringify(to)) lines.push(`${label}: ${show(from)} → ${show(to)}`);
  };
  compare("Name", b.name, a.name);
  compare("Description", b.description, a.description);
  compare("Auth type", b.authType, a.authType);
  const [configBefore, configAfter] = [asObject(b.config), asObject(a.config)];
  for (const key of new Set([...Object.keys(configBefore), ...Object.keys(configAfter)])) {
    compare(labelOf(key), configBefore[key], configAfter[key]);
  }
  const [secretsBefore, secretsAfter] = [asObject(b.secrets), asObject(a.secrets)];
  for (const key of new Set([...Object.keys(secretsBefore), ...Object.keys(secretsAfter)])) {
    const [from, to] = [asObject(secretsBefore[key]), asObject(secretsAfter[key])];
    if (!secretsAfter[key]) lines.push(`${labelOf(key)}: cleared`);
    else if (!secretsBefore[key]) lines.push(`${labelOf(key)}: set`);
    else if (from.updatedAt !== to.updatedAt) lines.push(`${labelOf(key)}: replaced`);
  }
  return lines;
}
