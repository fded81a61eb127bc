import "server-only";
// Per-organisation slugs (Fruxon's `id`). Generated ones are the name (or template) reduced to
// letters, digits, "_" and "-", plus the guid's first 8 hex digits — the rule the migration used
// for rows that existed before slugs. Template ids are reserved: Fruxon's door shows each
// built-in template as a read-only SYSTEM integration under its own id.
import { AppError } from "@/lib/errors";
import { getTemplate } from "@/lib/templates/registry";

export function generateSlug(name: string, template: string, guid: string): string {
  const base = (name || template)
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return `${base}-${guid.replace(/-/g, "").slice(0, 8)}`;
}

export function assertSlugAvailable(slug: string): void {
  if (getTemplate(slug)) {
    throw new AppError("conflict", `id "${slug}" is reserved for the built-in ${slug} integration`, { fieldErrors: { id: ["Reserved for a built-in integration"] } });
  }
}

/** A unique-violation on (organization_id, slug) becomes a 409 naming the id. */
export function isSlugConflict(error: unknown): boolean {
  const e = error as { code?: string; meta?: { target?: unknown; modelName?: string } } | null;
  if (e?.code !== "P2002") return false;
  const target = JSON.stringify(e.meta?.target ?? "");
  return target.includes("slug") || target === '""';
}

export const slugTaken = (slug: string) =>
  new AppError("conflict", `An integration with id "${slug}" already exists`, { fieldErrors: { id: ["Already taken in this organisation"] } });
