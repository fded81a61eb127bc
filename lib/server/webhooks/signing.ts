import "server-only";
// Standard Webhooks signatures, made by the `standardwebhooks` library (no hand-written HMAC).
// A signing secret is `whsec_` + base64 of 24 random bytes. During a rotation the previous secret
// signs too: `webhook-signature` then carries both (space-separated), so a receiver holding either
// secret accepts the message.
import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";

export const SIGNING_SECRET_FIELD = "signingSecret";
export const PREVIOUS_SIGNING_SECRET_FIELD = "previousSigningSecret";
/** How long a rotated-out secret keeps signing, so receivers can switch. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

export const newSigningSecret = () => `whsec_${randomBytes(24).toString("base64")}`;

export type SignedHeaders = { "webhook-id": string; "webhook-timestamp": string; "webhook-signature": string };

export function signedHeaders(messageId: string, body: string, secrets: string[], at: Date = new Date()): SignedHeaders {
  const signature = secrets.map((secret) => new Webhook(secret).sign(messageId, at, body)).join(" ");
  return { "webhook-id": messageId, "webhook-timestamp": String(Math.floor(at.getTime() / 1000)), "webhook-signature": signature };
}
