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
  /** The largest body read (default 1 MiB): a longer one is cut off unread with a 413. */
  maxBytes?: number;
};

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const LENIENT: BodyRules = { empty: "object", refuseNul: true };

const tooLarge = (limit: number) => new AppError("payload_too_large", `The request body is larger than ${limit} bytes.`);

/**
 * The body as text, read as a stream and abandoned at `limit` bytes, so a huge body costs at most
 * `limit` bytes of memory and is refused (413) before anything parses it.
 */
export async function readBodyText(request: Request, limit = DEFAULT_MAX_BODY_BYTES): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit) throw tooLarge(limit);
  const reader = request.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Whether any string or key in a parsed JSON value holds U+0000, which PostgreSQL cannot store. */
const holdsNul = (value: unknown): boolean =>
  typeof value === "string"
    ? value.includes("\u0000")
    : typeof value === "object" && value !== null && Object.entries(value).some(([key, item]) => key.includes("\u0000") || holdsNul(item));

const nulRefused = () => new AppError("bad_request", "The request body contains the NUL character (\\u0000), which no field accepts.");

/** The JSON body, or a 400 (in the dialect's format, by its wrapper) when it is not JSON. */
export async function readJson(request: Request, rules: BodyRules = LENIENT): Promise<unknown> {
  const text = await readBodyText(request, rules.maxBytes);
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
  const form = new URLSearchParams(await readBodyText(request, rules.maxBytes));
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
