import "server-only";
// Fruxon's errors: RFC 7807 `application/problem+json` in the shape ASP.NET's ProblemDetails
// gives ({type, title, status, detail, instance} + extensions), with validation problems listed
// per field under `errors` (Fruxon's field names) and the request id as `traceId`.
import { asAppError, errorHeaders } from "@/lib/dialects/shared/error-response";
import type { FieldErrors } from "@/lib/errors";

const TITLE: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  412: "Precondition Failed",
  415: "Unsupported Media Type",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
};

// The RFC 9110 section of each status, as ASP.NET's ProblemDetails `type` does.
const SECTION: Record<number, string> = {
  400: "15.5.1",
  401: "15.5.2",
  403: "15.5.4",
  404: "15.5.5",
  405: "15.5.6",
  409: "15.5.10",
  412: "15.5.13",
  415: "15.5.16",
  429: "6585#section-4",
  500: "15.6.1",
  502: "15.6.3",
};

const problemType = (status: number) =>
  status === 429 ? "https://tools.ietf.org/html/rfc6585#section-4" : `https://tools.ietf.org/html/rfc9110#section-${SECTION[status] ?? "15.5.1"}`;

// The core's field names as Fruxon's clients know them.
const FIELD: Record<string, string> = { name: "displayName", slug: "id", template: "configMetadata.authMetadata", config: "configMetadata" };

export function fruxonFieldErrors(fieldErrors: FieldErrors | undefined): Record<string, string[]> | undefined {
  if (!fieldErrors || Object.keys(fieldErrors).length === 0) return undefined;
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const head = key.split(".")[0];
    const name = FIELD[key] ?? FIELD[head] ?? (key === "_" ? "body" : key);
    (out[name] ??= []).push(...messages);
  }
  return out;
}

export function problemResponse(error: unknown, request: Request, requestId: string): Response {
  const appError = asAppError(error, requestId);
  const status = appError.status;
  const errors = appError.code === "validation_failed" || appError.code === "bad_request" || appError.code === "conflict" ? fruxonFieldErrors(appError.details.fieldErrors) : undefined;
  const body = {
    type: problemType(status),
    title: TITLE[status] ?? "Error",
    status,
    detail: appError.message,
    instance: new URL(request.url).pathname,
    ...(errors && { errors }),
    traceId: requestId,
  };
  const headers = { "content-type": "application/problem+json", ...errorHeaders(appError, requestId, 'Bearer realm="Integration Console"') };
  return new Response(JSON.stringify(body), { status, headers });
}
