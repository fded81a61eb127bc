// The page a request asked for, handed from proxy.ts to pages in a request header, so a signed-out
// visit can return there after sign-in (requireActor in lib/server/auth/page-auth.ts).
export const CONSOLE_PATH_HEADER = "x-console-path";

export function setConsolePath(headers: Headers, url: URL): void {
  headers.set(CONSOLE_PATH_HEADER, `${url.pathname}${url.search}`);
}
