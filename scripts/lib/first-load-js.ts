// First-load JavaScript per page of a production build, from the build's own manifests (no server
// needed, deterministic): the root main files every page loads plus every chunk that the page's
// segments (root and nested layouts, error/loading/not-found boundaries, the page) need at load,
// each counted once, gzip-compressed (level 9, as Next.js reported it). Chunks a page imports
// with next/dynamic or import() load later and are not counted — that is the point of doing so.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { filesUnder } from "./source-files";

export type PageJs = { page: string; bytes: number; chunks: number };

const manifests = (dir: string) => filesUnder(dir, (name) => name === "page_client-reference-manifest.js");

/** "/(console)/integrations/[guid]/page" → "/integrations/[guid]" */
export const pageRoute = (entry: string) => entry.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/";

export function firstLoadJs(nextDir: string): PageJs[] {
  const buildManifest = JSON.parse(readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const sizes = new Map<string, number>();
  const gzipped = (file: string) => {
    let size = sizes.get(file);
    if (size === undefined) {
      const full = path.join(nextDir, file);
      size = existsSync(full) ? gzipSync(readFileSync(full), { level: 9 }).length : 0;
      sizes.set(file, size);
    }
    return size;
  };
  const pages: PageJs[] = [];
  for (const file of manifests(path.join(nextDir, "server/app"))) {
    const source = readFileSync(file, "utf8");
    const match = /__RSC_MANIFEST\["([^"]+)"\]\s*=\s*(\{[\s\S]*\});?\s*$/.exec(source);
    if (!match) continue;
    const manifest = JSON.parse(match[2]) as { entryJSFiles?: Record<string, string[]> };
    const chunks = new Set(buildManifest.rootMainFiles);
    for (const files of Object.values(manifest.entryJSFiles ?? {})) for (const f of files) chunks.add(f);
    const page = pageRoute(match[1]);
    if (page.startsWith("/_")) continue; // Next's own not-found / global-error shells
    pages.push({ page, bytes: [...chunks].reduce((sum, f) => sum + gzipped(f), 0), chunks: chunks.size });
  }
  return pages.sort((a, b) => a.page.localeCompare(b.page));
}
