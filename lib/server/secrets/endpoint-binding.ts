// A stored secret or token is only ever sent to the endpoint it was stored for. Endpoints are
// compared by scheme, host, port and path (query, fragment and user info ignored; default ports
// made explicit; host case folded), so "https://idp.example/token" and
// "HTTPS://IDP.example:443/token" are one endpoint and "https://evil.example/token" another.
import { AppError } from "@/lib/errors";

export function endpointFingerprint(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  const port = parsed.port || (parsed.protocol === "https:" ? "443" : "80");
  return `${parsed.protocol}//${parsed.hostname.toLowerCase()}:${port}${parsed.pathname}`;
}

/** True when both name the same endpoint (and neither is missing or unparsable). */
export function sameEndpoint(a: string | null | undefined, b: string | null | undefined): boolean {
  const left = endpointFingerprint(a);
  return left !== null && left === endpointFingerprint(b);
}

/** The refusal when a stored value would leave for an endpoint it was not stored for. */
export const endpointMismatch = (field: string) =>
  new AppError(
    "bad_request",
    `The stored ${field} was saved for another endpoint and is never sent to a new one: enter the ${field} again.`,
    { fieldErrors: { [field]: [`enter the ${field} again: the endpoint changed since it was stored`] } },
  );

/** The refusal when an endpoint changes while its stored secret would be kept. */
export const secretRequiredForNewEndpoint = (secretField: string, changed: readonly string[]) =>
  new AppError(
    "validation_failed",
    `Changing ${changed.join(", ")} requires the ${secretField} again: a stored ${secretField} is only sent to the endpoint it was stored for.`,
    { fieldErrors: { [secretField]: [`required when ${changed.join(", ")} changes`] } },
  );
