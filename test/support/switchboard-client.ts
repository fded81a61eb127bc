// Calls the Switchboard route handlers (app/api/switchboard/v1alpha1/**) with real Request
// objects, the way Next.js does, and checks every response body against the vendor's OpenAPI
// document and against ours for the operation it belongs to. HTTP-level tests of the same routes are in e2e/api/.
import { expect } from "vitest";
import * as publicApps from "@/app/api/switchboard/v1alpha1/apps/route";
import * as publicApp from "@/app/api/switchboard/v1alpha1/apps/[appId]/route";
import * as apps from "@/app/api/switchboard/v1alpha1/organisations/[organisationId]/apps/route";
import * as app from "@/app/api/switchboard/v1alpha1/organisations/[organisationId]/apps/[appId]/route";
import * as boards from "@/app/api/switchboard/v1alpha1/organisations/[organisationId]/boards/route";
import * as board from "@/app/api/switchboard/v1alpha1/organisations/[organisationId]/boards/[boardId]/route";
import * as publish from "@/app/api/switchboard/v1alpha1/organisations/[organisationId]/boards/[boardId]/publish/route";
import * as unpublish from "@/app/api/switchboard/v1alpha1/organisations/[organisationId]/boards/[boardId]/unpublish/route";
import * as connectionInit from "@/app/api/switchboard/v1alpha1/organisations/[organisationId]/connection-init/route";
import * as connectedApps from "@/app/api/switchboard/v1alpha1/organisations/[organisationId]/connected-apps/route";
import * as connections from "@/app/api/switchboard/v1alpha1/organisations/[organisationId]/connections/route";
import * as connection from "@/app/api/switchboard/v1alpha1/organisations/[organisationId]/connections/[connectionId]/route";
import { buildDocument } from "@/lib/contract/build-document";
import { versoriContract } from "@/lib/dialects/versori/openapi";
import { bodyValidator } from "./openapi-document";
import { responseErrors } from "./versori-spec";

// Our own document for these operations (lib/dialects/versori/openapi.ts), exact where the vendor's is open.
const ourDocument = bodyValidator(buildDocument(versoriContract));

type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Module = Partial<Record<"GET" | "POST" | "PUT" | "DELETE", Handler>>;

// [path pattern, route module, operationId per method] — operation ids are the vendor's.
const ROUTES: [string, Module, Record<string, string>][] = [
  ["/apps", publicApps as Module, { GET: "GetPublicApps" }],
  ["/apps/{appId}", publicApp as Module, { GET: "GetPublicApp" }],
  ["/organisations/{organisationId}/apps", apps as Module, { GET: "GetApps", POST: "CreateApp" }],
  ["/organisations/{organisationId}/apps/{appId}", app as Module, { GET: "GetApp", PUT: "UpdateApp", DELETE: "DeleteApp" }],
  ["/organisations/{organisationId}/connections", connections as Module, { GET: "GetConnections", POST: "CreateConnection" }],
  ["/organisations/{organisationId}/connections/{connectionId}", connection as Module, { GET: "GetConnection", PUT: "UpdateConnection", DELETE: "DeleteConnection" }],
  ["/organisations/{organisationId}/connected-apps", connectedApps as Module, { GET: "GetConnectedApps" }],
  ["/organisations/{organisationId}/connection-init", connectionInit as Module, { POST: "InitialiseConnection" }],
  ["/organisations/{organisationId}/boards", boards as Module, { GET: "GetBoards", POST: "CreateBoard" }],
  ["/organisations/{organisationId}/boards/{boardId}", board as Module, { GET: "GetBoard", PUT: "UpdateBoard", DELETE: "DeleteBoard" }],
  ["/organisations/{organisationId}/boards/{boardId}/publish", publish as Module, { POST: "PublishBoard" }],
  ["/organisations/{organisationId}/boards/{boardId}/unpublish", unpublish as Module, { POST: "UnpublishBoard" }],
];

export const BASE = "http://localhost/api/switchboard/v1alpha1";

function match(path: string) {
  for (const [pattern, module, operations] of ROUTES) {
    const names: string[] = [];
    const regex = new RegExp(`^${pattern.replace(/\{(\w+)\}/g, (_, name) => (names.push(name), "([^/]+)"))}$`);
    const m = regex.exec(path);
    if (m) return { module, operations, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) };
  }
  throw new Error(`no Switchboard route for ${path}`);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are read as the tests assert them
export type Reply = { status: number; body: any; headers: Headers; text: string };

/** One call; `body` may be an object (sent as JSON) or a raw string. */
export async function call(method: "GET" | "POST" | "PUT" | "DELETE", pathAndQuery: string, options: { key?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Reply> {
  const [path] = pathAndQuery.split("?");
  const { module, operations, params } = match(path);
  const handler = module[method];
  if (!handler) throw new Error(`${method} ${path} is not served`);
  const headers: Record<string, string> = { ...(options.key && { authorization: options.key }), ...options.headers };
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    headers["content-type"] = "application/json";
  }
  const response = await handler(new Request(`${BASE}${pathAndQuery}`, { method, headers, body }), { params: Promise.resolve(params) });
  const text = await response.text();
  const parsed = text ? JSON.parse(text) : undefined;
  const errors = await responseErrors(operations[method], response.status, parsed);
  expect(errors, `${method} ${pathAndQuery} → ${response.status} ${text.slice(0, 400)} does not match ${operations[method]} in the vendor's document`).toEqual([]);
  const ours = ourDocument(operations[method], response.status, parsed);
  expect(ours, `${method} ${pathAndQuery} → ${response.status} ${text.slice(0, 400)} does not match ${operations[method]} in our document`).toBeNull();
  return { status: response.status, body: parsed, headers: response.headers, text };
}

/** The spec's Error body with this status (and message pattern). */
export function expectError(reply: Reply, status: number, message?: RegExp) {
  expect(reply.status, reply.text).toBe(status);
  expect(reply.body).toEqual({ code: expect.any(String), message: expect.any(String), extensions: expect.objectContaining({ requestId: expect.any(String) }) });
  if (message) expect(reply.body.message).toMatch(message);
}
