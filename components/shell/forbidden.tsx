import { ForbiddenContent } from "./status-page";

/**
 * @deprecated Answers HTTP 200. Call `requirePagePermission(actor, permission)` (lib/server/auth/
 * page-auth.ts) instead: it renders the same page with HTTP 403.
 */
export function Forbidden(_: { what?: string }) {
  return <ForbiddenContent />;
}
