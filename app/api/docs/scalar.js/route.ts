// GET /api/docs/scalar.js — Scalar's standalone bundle from node_modules, so the reference page
// needs no CDN (the console runs offline and its CSP allows scripts from its own origin only).
import { readFile } from "node:fs/promises";
import path from "node:path";

// The package exports no path to its browser bundle, and bundlers rewrite require.resolve, so the
// file is read where npm installs it (the console always runs from the project root).
const BUNDLE = path.join(process.cwd(), "node_modules/@scalar/api-reference/dist/browser/standalone.js");
let bundle: Promise<Buffer> | undefined;

export async function GET() {
  bundle ??= readFile(BUNDLE).catch((error: unknown) => {
    bundle = undefined;
    throw error;
  });
  return new Response(new Uint8Array(await bundle), {
    headers: { "content-type": "application/javascript; charset=utf-8", "cache-control": "public, max-age=86400" },
  });
}
