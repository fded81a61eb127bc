import "server-only";
import { AppError } from "@/lib/errors";
import { isCrossOriginWrite } from "@/lib/security/csp";

/** Whether any string or key in a parsed JSON value holds U+0000, which PostgreSQL cannot store. */
const holdsNul = (value: unknown): boolean =>
  typeof value === "string"
    ? value.includes("\u0000")
    : typeof value === "object" && value !== null && Object.entries(value).some(([key, item]) => key.includes("\u0000") || holdsNul(item));

/** The JSON body ({} when empty), or a 400 in the dialect's format when it is not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === "") return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
  // Found by the fuzzing proof: a "\u0000" in any stored string was a database error (500).
  if (holdsNul(body)) throw new AppError("bad_request", "The request body contains the NUL character (\\u0000), which no field accepts.");
  return body;
}

export const preconditionFrom = (request: Request) => ({ ifMatch: request.headers.get("if-match") });

/**
 * A state-changing request a browser sent from another origin (or an opaque one): 403 in the
 * dialect's format. proxy.ts does this for pages and cookie routes; the API dialects run outside
 * it (its cost per request), so each dialect's wrapper calls this first — a plain header check.
 */
export function refuseCrossOriginWrite(request: Request): void {
  if (isCrossOriginWrite(request.method, request.headers)) {
    throw new AppError("forbidden", "Cross-origin request refused: this request must come from the console's own pages.");
  }
}
