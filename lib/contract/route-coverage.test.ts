// Every route handler is described by a dialect's OpenAPI document or reviewed as a console route
// (./console-routes.ts), and every documented operation has a handler. Handlers are found by
// walking app/**/route.ts and reading their exported HTTP methods; folders map to paths as Next
// maps them: `(group)` and `@slot` vanish, `%5F` is `_`, `[p]` is `{p}`, `[...p]` / `[[...p]]` are
// catch-alls. A documented segment `{p}:verb` (a custom method, as Fruxon's `{id}:verifyConfig`)
// is served by the `[p]` folder, which must take the suffix apart itself.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { filesUnder } from "@/scripts/lib/source-files";
import { CONSOLE_ROUTES } from "./console-routes";
import { DIALECT_CONTRACTS } from "./registry";

const APP = path.resolve(import.meta.dirname, "../../app");
const METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"];

const routeFiles = (dir: string) => filesUnder(dir, (name) => /^route\.(ts|tsx|js|mjs)$/.test(name), (name) => name.startsWith("_"));

export function urlPathOf(file: string): string {
  const segments = path
    .relative(APP, path.dirname(file))
    .split(path.sep)
    .filter((s) => s !== "" && !/^\(.*\)$/.test(s) && !s.startsWith("@"))
    .map((s) => decodeURIComponent(s))
    .map((s) => s.replace(/^\[\[\.\.\.(.+)\]\]$/, "{...$1}").replace(/^\[\.\.\.(.+)\]$/, "{...$1}").replace(/^\[(.+)\]$/, "{$1}"));
  return `/${segments.join("/")}`;
}

export function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?function\s+([A-Z]+)\b/g)) found.add(m[1]);
  for (const m of source.matchAll(/export\s+(?:const|let|var)\s+([A-Z]+)\s*[=:]/g)) found.add(m[1]);
  for (const m of source.matchAll(/export\s+(?:const|let|var)\s*\{([^}]*)\}\s*=/g)) m[1].split(",").forEach((n) => found.add(n.trim().split(/\s*:\s*/).pop()!));
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) m[1].split(",").forEach((n) => found.add(n.trim().split(/\s+as\s+/).pop()!));
  return [...found].filter((name) => METHODS.includes(name));
}

const handlers = routeFiles(APP).map((file) => ({
  file: path.relative(APP, file),
  path: urlPathOf(file),
  methods: exportedMethods(readFileSync(file, "utf8")),
}));

const documented = DIALECT_CONTRACTS.flatMap((contract) =>
  contract.operations.map((op) => ({ dialect: contract.name, method: op.method.toUpperCase(), path: op.path })),
);

/** Does a handler folder path serve this documented path? */
function serves(handlerPath: string, documentedPath: string): boolean {
  const h = handlerPath.split("/");
  const d = documentedPath.split("/");
  for (let i = 0; i < h.length; i++) {
    const catchAll = /^\{\.\.\.(.+)\}$/.exec(h[i]);
    if (catchAll) return d.length > i;
    if (i >= d.length) return false;
    const param = /^\{(.+)\}$/.exec(h[i]);
    if (param ? !(d[i] === h[i] || d[i].startsWith(`${h[i]}:`)) : d[i] !== h[i]) return false;
  }
  return h.length === d.length;
}

const key = (method: string, p: string) => `${method} ${p}`;
const allowed = new Set(CONSOLE_ROUTES.map((r) => r.route));

describe("route coverage", () => {
  test("route handlers are found, each exporting at least one HTTP method", () => {
    expect(handlers.length).toBeGreaterThan(10);
    // A route file whose exports this reader cannot see would silently escape the check below.
    expect(handlers.filter((h) => h.methods.length === 0).map((h) => h.file)).toEqual([]);
  });

  test("every route handler is described by a document or reviewed as a console route", () => {
    const undescribed = handlers.flatMap((h) =>
      h.methods
        .filter((m) => !allowed.has(key(m, h.path)))
        .filter((m) => !documented.some((op) => op.method === m && serves(h.path, op.path)))
        .map((m) => `${key(m, h.path)}  (app/${h.file})`),
    );
    expect(undescribed, "describe these in lib/dialects/<name>/openapi.ts (or, for a console-internal route, lib/contract/console-routes.ts)").toEqual([]);
  });

  test("every documented operation has a route handler", () => {
    const unserved = documented
      .filter((op) => !handlers.some((h) => h.methods.includes(op.method) && serves(h.path, op.path)))
      .map((op) => `${op.dialect}: ${key(op.method, op.path)}`);
    expect(unserved).toEqual([]);
  });

  test("every listed route is served, and none is also documented", () => {
    const served = new Set(handlers.flatMap((h) => h.methods.map((m) => key(m, h.path))));
    const listed = CONSOLE_ROUTES.map((r) => r.route);
    expect(listed.filter((route) => !served.has(route))).toEqual([]);
    const isDocumented = (route: string) => {
      const [method, routePath] = route.split(" ");
      return documented.some((op) => op.method === method && serves(routePath, op.path));
    };
    expect(listed.filter(isDocumented), "documented now: remove from lib/contract/console-routes.ts").toEqual([]);
  });

  test("the path mapping follows Next's folder conventions", () => {
    expect(urlPathOf(path.join(APP, "%5F%5Fapi%5F%5F/v1/oauth/integrations/[guid]/route.ts"))).toBe("/__api__/v1/oauth/integrations/{guid}");
    expect(urlPathOf(path.join(APP, "(console)/x/[[...rest]]/route.ts"))).toBe("/x/{...rest}");
    expect(serves("/v1/tenants/{tenant}/integrations/{id}", "/v1/tenants/{tenant}/integrations/{id}:verifyConfig")).toBe(true);
    expect(serves("/v1/tenants/{tenant}/integrations/{id}", "/v1/tenants/{tenant}/integrations/{other}")).toBe(false);
    expect(exportedMethods("export const { GET, POST } = handlers;")).toEqual(["GET", "POST"]);
    expect(exportedMethods("export async function DELETE() {}\nexport const PATCH = wrap(x);")).toEqual(["DELETE", "PATCH"]);
    expect(exportedMethods('export { handler as GET, PUT } from "./x";')).toEqual(["GET", "PUT"]);
  });
});
