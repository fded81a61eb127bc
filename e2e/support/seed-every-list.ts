// One record in every console list, named with `needle` (through each dialect's API, as the
// accessibility spec seeds), for the list-layout and palette specs.
import { expect, type APIRequestContext } from "@playwright/test";
import { E2E_ADMIN } from "../../playwright.config";
import { roleKeys } from "./roles";

export type Seeded = { integration: string; group: string; oauthApp: number; profile: number; app: string; connection: string; workload: string };

export async function seedEveryList(request: APIRequestContext, needle: string): Promise<Seeded> {
  const key = { Authorization: `Key ${roleKeys().admin}` };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each API's own body, read for its id
  const ok = async (response: Awaited<ReturnType<APIRequestContext["post"]>>): Promise<any> => {
    const text = await response.text();
    expect(response.ok(), text).toBe(true);
    return text ? JSON.parse(text) : null;
  };
  // Long values that have to wrap: an email-like tag and a long name.
  const integration = await ok(await request.post("/__api__/v1/oauth/integrations", { headers: key, data: { name: `${needle} integration with a rather long name`, template: "connect", config: { max_role: "Viewer" }, tags: ["finance", "eu-west-1"] } }));
  const group = await ok(await request.post("/__api__/v1/groups", { headers: key, data: { name: `${needle} group` } }));
  const viewerGuid = (await (await request.get(`/__api__/v1/users?prefix=${encodeURIComponent(roleKeys().viewerEmail)}`, { headers: key })).json()).results[0].guid;
  await ok(await request.post(`/__api__/v1/groups/${group.guid}/members`, { headers: key, data: { user_guid: viewerGuid } }));
  const hdp = { Authorization: `Basic ${Buffer.from(`${E2E_ADMIN.email}:${roleKeys().admin}`).toString("base64")}` };
  const oauthApp = await ok(
    await request.post("/api/mgmt/oauthapps", {
      headers: hdp,
      data: { name: `${needle}_oauth`.replace(/-/g, "_"), dataStore: 1, clientId: "client", clientSecret: "secret", authorizeURI: "https://idp.example.com/authorize", tokenURI: "https://idp.example.com/token", scope: "openid offline_access" },
    }),
  );
  const profile = await ok(await request.post("/api/mgmt/oauthprofiles", { headers: hdp, data: { name: `${needle}_profile`.replace(/-/g, "_"), oauthAppId: oauthApp.id, refreshToken: "rt" } }));
  const switchboard = "/api/switchboard/v1alpha1/organisations/default";
  const raw = { Authorization: roleKeys().admin };
  const app = await ok(await request.post(`${switchboard}/apps`, { headers: raw, data: { name: `${needle} app`, server: { name: "API", url: "https://api.example.com/a/rather/long/base/path/v1" }, authConfigs: [{ type: "apikey", data: { name: "X-Key", in: "header" } }] } }));
  const connection = await ok(await request.post(`${switchboard}/connections`, { headers: raw, data: { name: `${needle} connection`, appId: app.id, authType: "apikey", data: { apiKey: "k" } } }));
  await ok(await request.post(`${switchboard}/boards`, { headers: raw, data: { name: `${needle} board`, connectionIds: [connection.id] } }));
  const workload = await ok(await request.post("/__api__/v1/content", { headers: key, data: { name: `${needle}-workload`.toLowerCase(), title: `${needle} workload` } }));
  return { integration: integration.guid, group: group.guid, oauthApp: oauthApp.id, profile: profile.id, app: app.id, connection: connection.id, workload: workload.guid };
}
