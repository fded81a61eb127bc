import "server-only";
import { env } from "@/lib/env";
import { AppError, isAppError } from "@/lib/errors";
import { parseOutboundUrl } from "@/lib/server/oauth/ssrf-guard";

/** An endpoint URL the SSRF guard accepts (https; http only on loopback where private networks are allowed), else a 400 on `url`. */
export function checkWebhookUrl(raw: string): string {
  try {
    return parseOutboundUrl(raw, { allowPrivateNetwork: env.allowPrivateNetwork(), label: "url" }).toString();
  } catch (error) {
    if (isAppError(error)) throw new AppError("validation_failed", error.message, { fieldErrors: { url: [error.message] } });
    throw error;
  }
}
