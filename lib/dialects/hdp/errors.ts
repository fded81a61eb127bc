import "server-only";
// Progress HDP's error body: {"error":{"code":"<number as string>","message":{"lang":"en-US","value":"…"}}}.
// HDP's published codes are used where they apply (222207710 Invalid OAuthProfileId, 222207711
// Invalid OAuthApplicationId); the others are ours, one per status, in the same form.
import type { AppError, AppErrorCode } from "@/lib/errors";
import { asAppError, errorHeaders } from "@/lib/dialects/shared/error-response";

export const HDP_INVALID_PROFILE_ID = "222207710";
export const HDP_INVALID_APP_ID = "222207711";

const HDP_CODE: Record<AppErrorCode, string> = {
  bad_request: "222200400",
  validation_failed: "222200400",
  unauthenticated: "222200401",
  forbidden: "222200403",
  not_found: "222200404",
  conflict: "222200409",
  precondition_failed: "222200412",
  payload_too_large: "222200413",
  too_many_requests: "222200429",
  internal: "222200500",
  upstream_failed: "222200502",
};

function codeFor(error: AppError): string {
  if (error.message.startsWith("Invalid OAuthProfileId:")) return HDP_INVALID_PROFILE_ID;
  if (error.message.startsWith("Invalid OAuthApplicationId:")) return HDP_INVALID_APP_ID;
  return HDP_CODE[error.code];
}

export const hdpErrorBody = (code: string, message: string) => ({ error: { code, message: { lang: "en-US", value: message } } });

export function hdpErrorResponse(error: unknown, requestId: string): Response {
  const appError = asAppError(error, requestId);
  const headers = errorHeaders(appError, requestId, 'Basic realm="Hybrid Data Pipeline", charset="UTF-8"');
  return Response.json(hdpErrorBody(codeFor(appError), appError.message), { status: appError.status, headers });
}
