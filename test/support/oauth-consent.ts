// Drives a provider's own login and consent pages over HTTP, as a browser would (cookies,
// redirects, form posts), for integration tests of the authorization-code flow. The e2e suite
// does the same in Chromium. Returns the URL the provider finally redirects to (our callback,
// with `code` and `state`), without following it.
export async function consentAtProvider(authorizationUrl: string, { login = "alice" }: { login?: string } = {}): Promise<URL> {
  const origin = new URL(authorizationUrl).origin;
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  let body: string | undefined;
  for (let hop = 0; hop < 20; hop += 1) {
    const response = await fetch(url, {
      method: body ? "POST" : "GET",
      body,
      redirect: "manual",
      headers: {
        cookie: [...jar].map(([name, value]) => `${name}=${value}`).join("; "),
        ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const eq = pair.indexOf("=");
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    if (response.status >= 300 && response.status < 400) {
      const next = new URL(response.headers.get("location") ?? "", url);
      if (next.origin !== origin) return next;
      url = next.href;
      body = undefined;
      continue;
    }
    const html = await response.text();
    const action = /action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`unexpected provider page (HTTP ${response.status}): ${html.slice(0, 400)}`);
    url = new URL(action.replace(/&amp;/g, "&"), url).href;
    body = new URLSearchParams(prompt === "login" ? { prompt, login, password: "any-password" } : { prompt }).toString();
  }
  throw new Error("the provider redirected too many times");
}
