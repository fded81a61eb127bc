// Where to go after sign-in. Only a path on this site is accepted: an open redirect
// (`//evil.example`, `https://evil.example`, `/\evil.example`) would make our sign-in page a
// phishing aid. Anything else falls back to the home page.
const BASE = "http://console.invalid";

export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//")) return fallback;
  // Browsers read `\` as `/` and drop tabs/newlines inside URLs: `/\evil` and `/\t/evil` are `//evil`.
  if (/[\\\u0000-\u001f]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  // Never back to the sign-in page itself.
  if (url.pathname === "/login") return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page's URL that returns to `path` afterwards. */
export function loginHref(path: string | null | undefined): string {
  const target = safeReturnPath(path, "/");
  return target === "/" ? "/login" : `/login?callbackUrl=${encodeURIComponent(target)}`;
}
