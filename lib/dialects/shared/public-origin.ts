/** The origin a request came in on, as its client sees it (behind a proxy: X-Forwarded-Proto/Host). */
export function publicOrigin(request: Request): string {
  const url = new URL(request.url);
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() ?? request.headers.get("host");
  return `${proto === "https" || proto === "http" ? proto : url.protocol.replace(":", "")}://${host ?? url.host}`;
}
