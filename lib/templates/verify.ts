// The token endpoint "verify" calls for a Service Account integration, built from the
// template's `verify.token_url` and the integration's stored (already validated) config.
import type { ConfigValues, Template } from "./types";

export type VerifyRequestPlan = {
  tokenUrl: string;
  /** False where the provider rejects a `scope` parameter on client-credentials requests. */
  sendScope: boolean;
};

/**
 * `null` when the template has no verify recipe, a placeholder's key is missing or blank, or
 * the result is not an http(s) URL. Whether the host may be called (private or loopback
 * addresses) is the caller's decision.
 */
export function planVerifyRequest(template: Template, config: ConfigValues): VerifyRequestPlan | null {
  if (!template.verify) return null;
  let missing = false;
  const tokenUrl = template.verify.token_url.replace(/\{([a-z_]+)\}/g, (_, key: string) => {
    const value = config[key];
    if (typeof value !== "string" || value.trim() === "") missing = true;
    return typeof value === "string" ? value.trim() : "";
  });
  if (missing) return null;
  try {
    const url = new URL(tokenUrl);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  } catch {
    return null;
  }
  return { tokenUrl, sendScope: template.verify.send_scope };
}
