import "server-only";
// The one encoding of every opaque page cursor (the console's numbered pages, Switchboard's
// `after`/`before`, Fruxon's `page_token`): base64url JSON. Opaque to clients, not secret — a
// crafted one only moves where an organisation-scoped query starts — so each reader validates
// what it decodes against its own schema.
import type { z } from "zod";

const BASE64URL = /^[A-Za-z0-9_-]+$/;

export const toCursorToken = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString("base64url");

/** The cursor a token carries, or null when it is not one this schema accepts (or longer than `maxLength`). */
export function fromCursorToken<S extends z.ZodType>(token: string | null | undefined, schema: S, maxLength: number): z.infer<S> | null {
  if (!token || token.length > maxLength || !BASE64URL.test(token)) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(token, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
