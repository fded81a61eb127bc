// Invokes a server action over HTTP exactly as the browser does: POST to a page that uses it, with
// the action's id (from the build's server-reference manifest) in `Next-Action`, the arguments
// as the JSON array React encodes for plain values, the session cookie and a same-origin Origin.
// The response is a React Flight stream; the action's return value is its row 1.
import { readFileSync } from "node:fs";
import path from "node:path";
import { E2E_BASE_URL } from "../../../playwright.config";
import { send } from "./http";

const manifestFile = path.resolve(import.meta.dirname, "../../../.next/server/server-reference-manifest.json");

type Manifest = { node: Record<string, { exportedName?: string; filename?: string; workers: Record<string, unknown> }> };

export type ServerAction = { id: string; file: string; name: string; pages: string[] };

/** Every server action of the build: id, source file, exported name, pages that import it. */
let cached: ServerAction[] | undefined;
export function serverActions(): ServerAction[] {
  if (cached) return cached;
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest;
  return (cached = Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    file: entry.filename ?? "",
    name: entry.exportedName ?? "",
    pages: Object.keys(entry.workers),
  })));
}

export function actionId(file: string, name: string): string {
  const found = serverActions().find((a) => a.file === file && a.name === name);
  if (!found) throw new Error(`server action ${name} of ${file} is not in the build's manifest (${manifestFile})`);
  return found.id;
}

/** Row 1 of a Flight response (`1:{…}`), where an action's return value travels. */
export function actionResultFrom(flight: string): unknown {
  const row = flight.split("\n").find((line) => line.startsWith("1:"));
  if (!row) throw new Error(`no action result in the response: ${flight.slice(0, 300)}`);
  return JSON.parse(row.slice(2));
}

export async function postServerAction(id: string, page: string, args: unknown[], cookie: string, base = E2E_BASE_URL): Promise<{ status: number; text: string }> {
  const reply = await send("POST", page, {
    base,
    headers: { "next-action": id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin: new URL(base).origin, cookie },
    body: JSON.stringify(args),
  });
  return { status: reply.status, text: reply.text };
}

export async function callServerAction<T>(file: string, name: string, page: string, args: unknown[], cookie: string, base = E2E_BASE_URL): Promise<T> {
  const reply = await postServerAction(actionId(file, name), page, args, cookie, base);
  if (reply.status !== 200) throw new Error(`${name} answered ${reply.status}: ${reply.text.slice(0, 300)}`);
  return actionResultFrom(reply.text) as T;
}
