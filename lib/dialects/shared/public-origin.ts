import { forwardedOrigin } from "@/lib/security/forwarded-origin";

/** The origin a request came in on, as its client sees it (behind a proxy: X-Forwarded-Proto/Host). */
export function publicOrigin(request: Request): string {
  return forwardedOrigin(request.headers, new URL(request.url));
}
