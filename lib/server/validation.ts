import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";

/**
 * Where a parsed value holds a string (or a key) with U+0000, if anywhere (the first such path). PostgreSQL's
 * text cannot store the byte: without this check such a string reached the database and the
 * caller got a 500 (found by fuzzing HDP's description).
 */
function nulAt(value: unknown, path: string[] = [], depth = 0): string[] | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (depth > 32 || !value || typeof value !== "object" || value instanceof Date) return null;
  for (const [key, inner] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    if (String(key).includes("\u0000")) return [...path, String(key).replaceAll("\u0000", "\\u0000")];
    const found = nulAt(inner, [...path, String(key)], depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Parses with a shared schema; failures become one AppError with per-field messages. A string
 * with U+0000 anywhere in the result is refused too (400, naming the field), in every dialect.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) {
    const nul = nulAt(parsed.data);
    if (!nul) return parsed.data;
    const key = nul.join(".") || "_";
    throw new AppError("validation_failed", `${nul.length ? `${key}: ` : ""}Must not contain U+0000`, { fieldErrors: { [key]: ["Must not contain U+0000"] } });
  }
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  const first = parsed.error.issues[0];
  const where = first?.path.length ? `${first.path.join(".")}: ` : "";
  throw new AppError("validation_failed", `${where}${first?.message ?? "Invalid input"}`, { fieldErrors });
}
