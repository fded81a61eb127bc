import "server-only";
import { AppError } from "@/lib/errors";
import { isCrossOriginWrite } from "@/lib/security/csp";
import type { Precondition } from "@/lib/server/preconditions";

/** How a dialect reads a body: what an empty one means, and whether U+0000 is refused up front. */
export type BodyRules = {
  /** `"object"`: an empty body is `{}` (Posit, Fruxon, Versori); `"refuse"`: a 400 (HDP). */
  empty: "object" | "refuse";
  /** Refuse U+0000 in any string or key (PostgreSQL cannot store it) before the service sees it. */
  refuseNul: boolean;
};

const LENIENT: BodyRules = { empty: "object", refuseNul: true };

/** Whether any string or key in a parsed JSON value holds U+0000, which PostgreSQL cannot store. */
const holdsNul = (value: unknown): boolean =>
  typeof value === "string"
    ? value.includes("\u0000")
    : typeof value === "object" && value !== null && Object.entries(value).some(([key, item]) => key.includes("\u0000") || holdsNul(item));

const nulRefused = () => new AppError("bad_request", "The request body contains the NUL character (\\u0000), which no field accepts.");

/** The JSON body, or a 400 (in the dialect's format, by its wrapper) when it is not JSON. */
export async function readJson(request: Request, rules: BodyRules = LENIENT): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === "") {
    if (rules.empty === "refuse") throw new AppError("bad_request", "The request body is empty; a JSON object is required.");
    return {};
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
  // Found by the fuzzing proof: a "\u0000" in any stored string was a database error (500).
  if (rules.refuseNul && holdsNul(body)) throw nulRefused();
  return body;
}

/**
 * An `application/x-www-form-urlencoded` body (OAuth token endpoints): its fields, or a 400 when
 * the content type is another. Repeated fields are kept (`getAll`).
 */
export async function readForm(request: Request, rules: BodyRules = LENIENT): Promise<URLSearchParams> {
  const type = request.headers.get("content-type")?.split(";")[0].trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") {
    throw new AppError("bad_request", "The request body must be application/x-www-form-urlencoded.");
  }
  const form = new URLSearchParams(await request.text());
  if (rules.empty === "refuse" && form.size === 0) throw new AppError("bad_request", "The request body is empty; form fields are required.");
  if (rules.refuseNul && [...form].some(([key, value]) => holdsNul(key) || holdsNul(value))) throw nulRefused();
  return form;
}

/** `If-Match` as the services' precondition (412 when stale). */
export const preconditionFrom = (request: Request): Precondition => ({ ifMatch: request.headers.get("if-match") });

/**
 * A state-changing request a browser sent from another origin (or an opaque one): 403 in the
 * dialect's format. proxy.ts does this for pages and cookie routes; the API dialects run outside
 * it (its cost per request), so the dialect wrapper calls this first — a plain header check.
 */
export function refuseCrossOriginWrite(request: Request): void {
  if (isCrossOriginWrite(request.method, request.headers)) {
    throw new AppError("forbidden", "Cross-origin request refused: this request must come from the console's own pages.");
  }
}
