// When a cached Service Account token stops being handed out (the credential exchange asks the
// provider for a new one from then on): `buffer` seconds before it expires, the template's
// override or min(5 minutes, 10 % of the lifetime) — so a workload never gets a token that expires
// while it starts using it.
import type { ServiceTokenBuffer, Template } from "./types";

export const DEFAULT_SERVICE_TOKEN_BUFFER: ServiceTokenBuffer = { max_seconds: 300, fraction: 0.1 };

/** Whole seconds of buffer for a token valid `lifetimeSeconds`, per the template (undefined: the default). */
export function serviceTokenBufferSeconds(template: Pick<Template, "service_token_buffer"> | undefined, lifetimeSeconds: number): number {
  const { max_seconds, fraction } = template?.service_token_buffer ?? DEFAULT_SERVICE_TOKEN_BUFFER;
  return Math.max(0, Math.floor(Math.min(max_seconds, fraction * Math.max(0, lifetimeSeconds))));
}
