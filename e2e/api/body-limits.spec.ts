// A huge body through each API door is cut off unread with a 413 in that dialect's error body:
// once declared (Content-Length: 50 MB) and once streamed in chunks with no length at all, where
// only the reader's running count can stop it. The console still answers afterwards.
import http from "node:http";
import { expect, test } from "@playwright/test";
import { E2E_ADMIN, E2E_BASE_URL } from "../../playwright.config";
import { roleKeys } from "../support/roles";

const MB = 1024 * 1024;

type Door = { name: string; path: string; method?: string; headers: () => Record<string, string>; isError: (body: unknown) => boolean };

const DOORS: Door[] = [
  {
    name: "Posit",
    path: "/__api__/v1/oauth/integrations",
    headers: () => ({ Authorization: `Key ${roleKeys().admin}`, "content-type": "application/json" }),
    isError: (body) => typeof (body as { code?: unknown }).code === "number" && typeof (body as { error?: unknown }).error === "string",
  },
  {
    name: "HDP",
    path: "/api/mgmt/oauthapps",
    headers: () => ({ Authorization: `Basic ${Buffer.from(`${E2E_ADMIN.email}:${roleKeys().admin}`).toString("base64")}`, "content-type": "application/json" }),
    isError: (body) => typeof (body as { error?: { code?: unknown } }).error?.code === "string",
  },
  {
    name: "Fruxon",
    path: "/v1/tenants/default/integrations",
    headers: () => ({ Authorization: `Bearer ${roleKeys().admin}`, "content-type": "application/json" }),
    isError: (body) => (body as { status?: unknown }).status === 413,
  },
  {
    name: "Versori",
    path: "/api/switchboard/v1alpha1/organisations/default/connections",
    headers: () => ({ Authorization: roleKeys().admin, "content-type": "application/json" }),
    isError: (body) => (body as { code?: unknown }).code === "payload_too_large",
  },
];

/** Sends (POST unless the door says) `size` bytes of a JSON string, declared or chunked; resolves with the answer, however early it comes. */
function post(door: Door, size: number, declared: boolean): Promise<{ status: number; body: unknown; sent: number }> {
  return new Promise((resolve, reject) => {
    const url = new URL(door.path, E2E_BASE_URL);
    const headers: Record<string, string> = { ...door.headers(), ...(declared ? { "content-length": String(size) } : {}) };
    let sent = 0;
    const request = http.request(url, { method: door.method ?? "POST", headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        request.destroy();
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : null, sent });
      });
    });
    // The server may close the connection once it has answered: that is the point.
    request.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE" && error.code !== "ECONNRESET") reject(error);
    });
    const chunk = Buffer.alloc(256 * 1024, 0x61);
    const pump = () => {
      while (sent < size && !request.destroyed) {
        const piece = sent === 0 ? Buffer.concat([Buffer.from('{"name":"'), chunk.subarray(9)]) : chunk;
        sent += piece.length;
        if (!request.write(piece)) return void request.once("drain", pump);
      }
      if (!request.destroyed) request.end();
    };
    pump();
  });
}

for (const door of DOORS) {
  test(`${door.name}: a 50 MB body, declared or streamed, is refused with 413 in ${door.name}'s error body`, async ({ request }) => {
    const declared = await post(door, 50 * MB, true);
    expect(declared.status).toBe(413);
    expect(door.isError(declared.body)).toBe(true);

    const streamed = await post(door, 50 * MB, false);
    expect(streamed.status).toBe(413);
    expect(door.isError(streamed.body)).toBe(true);

    // The console is still there for the next caller.
    expect((await request.get("/api/health")).status()).toBe(200);
  });
}

// A caller whose role may not create is refused before its body is read: a viewer's 50 MB POST
// got the same 413 as an admin's (the server read a megabyte first); now it is the 403 the service
// would give, in each dialect's error body.
// Updates too: the object need not exist, the role is refused before the path is looked up.
const UPDATES: Door[] = [
  { ...DOORS[0], name: "Posit", method: "PATCH", path: "/__api__/v1/oauth/integrations/00000000-0000-4000-8000-000000000001" },
  { ...DOORS[0], name: "Posit content", method: "PATCH", path: "/__api__/v1/content/00000000-0000-4000-8000-000000000001" },
  { ...DOORS[1], name: "HDP", method: "PUT", path: "/api/mgmt/oauthapps/1" },
  { ...DOORS[2], name: "Fruxon", method: "PUT", path: "/v1/tenants/default/integrations/no-such-integration" },
  { ...DOORS[3], name: "Versori", method: "PUT", path: "/api/switchboard/v1alpha1/organisations/default/connections/00000000-0000-4000-8000-000000000001" },
];

for (const door of [...DOORS, ...UPDATES]) {
  const route = door.method ? `an update (${door.method})` : "a create route";
  test(`${door.name}: a viewer's 50 MB body to ${route} is refused with 403 before it is read`, async () => {
    const viewer: Door = {
      ...door,
      headers: () => {
        const keys = roleKeys();
        const headers = door.headers();
        headers.Authorization = headers.Authorization.replace(keys.admin, keys.viewer).replace(
          Buffer.from(`${E2E_ADMIN.email}:${keys.admin}`).toString("base64"),
          Buffer.from(`${keys.viewerEmail}:${keys.viewer}`).toString("base64"),
        );
        return headers;
      },
      isError: door.name === "Fruxon" ? (body) => (body as { status?: unknown }).status === 403 : door.name === "Versori" ? (body) => (body as { code?: unknown }).code === "forbidden" : door.isError,
    };
    const started = Date.now();
    const refused = await post(viewer, 50 * MB, true);
    expect(refused.status).toBe(403);
    expect(viewer.isError(refused.body)).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
}
