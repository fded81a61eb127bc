import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { firstLoadJs, pageRoute } from "./first-load-js";

const dir = mkdtempSync(path.join(os.tmpdir(), "first-load-js-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const chunk = (name: string, body: string) => {
  mkdirSync(path.join(dir, "static/chunks"), { recursive: true });
  writeFileSync(path.join(dir, "static/chunks", name), body);
  return gzipSync(body, { level: 9 }).length;
};
const manifest = (segment: string, entry: string, entryJSFiles: Record<string, string[]>) => {
  mkdirSync(path.join(dir, "server/app", segment), { recursive: true });
  const body = `globalThis.__RSC_MANIFEST=(globalThis.__RSC_MANIFEST||{});globalThis.__RSC_MANIFEST["${entry}"]=${JSON.stringify({ entryJSFiles })};`;
  writeFileSync(path.join(dir, "server/app", segment, "page_client-reference-manifest.js"), body);
};

describe("pageRoute", () => {
  it("drops route groups and the page suffix", () => {
    expect(pageRoute("/(console)/integrations/[guid]/page")).toBe("/integrations/[guid]");
    expect(pageRoute("/(console)/page")).toBe("/");
    expect(pageRoute("/login/page")).toBe("/login");
  });
});

describe("firstLoadJs", () => {
  it("counts the root files and every segment's entry chunks once each, gzipped; lazily loaded chunks not at all", () => {
    const main = chunk("main.js", "main ".repeat(400));
    const layout = chunk("layout.js", "layout".repeat(300) + Math.random());
    const page = chunk("page.js", "page-a".repeat(500) + Math.random());
    chunk("lazy.js", "lazy ".repeat(5000)); // loaded by next/dynamic: in no manifest
    writeFileSync(path.join(dir, "build-manifest.json"), JSON.stringify({ rootMainFiles: ["static/chunks/main.js"] }));
    manifest("login", "/login/page", { "[project]/app/layout": ["static/chunks/layout.js"], "[project]/app/login/page": ["static/chunks/layout.js", "static/chunks/page.js"] });
    manifest("(console)/audit", "/(console)/audit/page", { "[project]/app/layout": ["static/chunks/layout.js"] });
    manifest("_not-found", "/_not-found/page", { "[project]/app/layout": ["static/chunks/layout.js"] });
    expect(firstLoadJs(dir)).toEqual([
      { page: "/audit", bytes: main + layout, chunks: 2 },
      { page: "/login", bytes: main + layout + page, chunks: 3 },
    ]);
  });
});
