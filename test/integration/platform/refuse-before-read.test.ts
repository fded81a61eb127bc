// A caller whose role may not make what a create route makes is refused before its body is read:
// a viewer's key could otherwise make the server read (up to the 1 MiB limit) and parse a body
// only to be refused by the service. The body here is a stream that records whether anything
// pulled it; the refusal is the service's own (403 in the dialect's body, audited once).
import { describe, expect, it } from "vitest";
import * as positGroups from "@/app/%5F%5Fapi%5F%5F/v1/groups/route";
import * as positIntegrations from "@/app/%5F%5Fapi%5F%5F/v1/oauth/integrations/route";
import * as hdpApps from "@/app/api/mgmt/oauthapps/route";
import * as versoriApps from "@/app/api/switchboard/v1alpha1/organisations/[organisationId]/apps/route";
import * as versoriBoards from "@/app/api/switchboard/v1alpha1/organisations/[organisationId]/boards/route";
import * as versoriConnections from "@/app/api/switchboard/v1alpha1/organisations/[organisationId]/connections/route";
import * as fruxonIntegrations from "@/app/v1/tenants/[tenant]/integrations/route";
import { createApiKey } from "@/lib/server/api-keys/create-api-key";
import { db } from "@/lib/server/db/client";
import { context, createTeam, TEST_PASSWORD } from "../../support/fixtures";

type Handler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;

function watchedBody() {
  const seen = { pulled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      seen.pulled = true;
      controller.enqueue(new TextEncoder().encode(`{"name":"${"x".repeat(64 * 1024)}`));
    },
  }, { highWaterMark: 0 }); // pulled only when someone reads
  return { stream, seen };
}

describe("refused before the body is read", () => {
  it("a viewer POSTing to each dialect's create routes gets 403 without a byte of its body read, audited once", async () => {
    const team = await createTeam();
    const { key } = await createApiKey(team.viewer, { name: "viewer key" }, context());
    const org = team.organization.slug;
    const basic = `Basic ${Buffer.from(`${team.viewer.email}:${TEST_PASSWORD}`).toString("base64")}`;
    const doors: { name: string; handler: Handler; path: string; auth: string; params: Record<string, string>; action: string }[] = [
      { name: "Posit integrations", handler: positIntegrations.POST as Handler, path: "/__api__/v1/oauth/integrations", auth: `Key ${key}`, params: {}, action: "integration.create" },
      { name: "Posit groups", handler: positGroups.POST as Handler, path: "/__api__/v1/groups", auth: `Key ${key}`, params: {}, action: "group.manage" },
      { name: "HDP OAuth apps", handler: hdpApps.POST as Handler, path: "/api/mgmt/oauthapps", auth: basic, params: {}, action: "oauthApp.write" },
      { name: "Fruxon integrations", handler: fruxonIntegrations.POST as Handler, path: `/v1/tenants/${org}/integrations`, auth: `Bearer ${key}`, params: { tenant: org }, action: "integration.create" },
      { name: "Versori apps", handler: versoriApps.POST as Handler, path: `/api/switchboard/v1alpha1/organisations/${org}/apps`, auth: key, params: { organisationId: org }, action: "app.write" },
      { name: "Versori connections", handler: versoriConnections.POST as Handler, path: `/api/switchboard/v1alpha1/organisations/${org}/connections`, auth: key, params: { organisationId: org }, action: "connection.write" },
      { name: "Versori boards", handler: versoriBoards.POST as Handler, path: `/api/switchboard/v1alpha1/organisations/${org}/boards`, auth: key, params: { organisationId: org }, action: "board.write" },
    ];
    for (const door of doors) {
      const { stream, seen } = watchedBody();
      const before = await db.auditEvent.count({ where: { organizationId: team.organization.id } });
      const request = new Request(`http://localhost${door.path}`, {
        method: "POST",
        headers: { authorization: door.auth, "content-type": "application/json", "content-length": String(50 * 1024 * 1024) },
        body: stream,
        duplex: "half",
      } as RequestInit);
      const reply = await door.handler(request, { params: Promise.resolve(door.params) });
      expect(reply.status, door.name).toBe(403);
      expect(seen.pulled, `${door.name}: body read`).toBe(false);
      const events = await db.auditEvent.findMany({ where: { organizationId: team.organization.id }, orderBy: { id: "asc" }, skip: before });
      expect(events.map((e) => `${e.action} ${e.outcome}`), door.name).toEqual([`${door.action} denied`]);
    }
  });
});
