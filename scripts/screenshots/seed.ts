// The little data the screenshots show, made through the console's real APIs with an admin's API key:
// one record of every kind (some with long names and descriptions), a group with members, and a viewer.
export type Seeded = {
  integration: string;
  workload: string;
  group: string;
  oauthApp: number | string;
  profile: number | string;
  app: string;
  connection: string;
  viewer: { email: string; password: string };
};

const stamp = Date.now().toString(36);
const LONG_DESCRIPTION =
  "Reads the finance team's quarterly ledgers from the warehouse and publishes the reconciled figures to the board pack; owned by the data platform team, rotated every ninety days.";

async function call(base: string, method: string, path: string, authorization: string, body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { Authorization: authorization, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

export async function seed(base: string, key: string, adminEmail: string, say: (m: string) => void): Promise<Seeded> {
  const posit = `Key ${key}`;
  const hdp = `Basic ${Buffer.from(`${adminEmail}:${key}`).toString("base64")}`;
  const switchboard = "/api/switchboard/v1alpha1/organisations/default";
  say("seeding through the APIs…");

  const viewer = { email: `viewer-${stamp}@example.com`, password: "screenshot-viewer-1" };
  const viewerUser = await call(base, "POST", "/__api__/v1/users", posit, {
    email: viewer.email,
    password: viewer.password,
    user_role: "viewer",
    first_name: "Maximiliane-Alexandra",
    last_name: "Wolfeschlegelsteinhausen-Bergerdorff",
  });
  const publisher = await call(base, "POST", "/__api__/v1/users", posit, {
    email: `a.very.long.email.address.for.a.publisher-${stamp}@subdomain.example-corporation.com`,
    password: "screenshot-publisher-1",
    user_role: "publisher",
  });

  const integration = await call(base, "POST", "/__api__/v1/oauth/integrations", posit, {
    name: `Finance data warehouse (production, EU region) — quarterly reconciliation ${stamp}`,
    description: LONG_DESCRIPTION,
    template: "connect",
    config: { max_role: "Viewer" },
  });
  for (const [name, template, config] of [
    [`Snowflake ${stamp}`, "connect", { max_role: "Viewer" }],
    [`${"Unbroken_".repeat(8)}${stamp}`, "connect", { max_role: "Publisher" }],
  ] as const) {
    await call(base, "POST", "/__api__/v1/oauth/integrations", posit, { name, template, config });
  }

  const group = await call(base, "POST", "/__api__/v1/groups", posit, { name: `Data platform engineers and on-call reviewers ${stamp}` });
  for (const user of [viewerUser, publisher]) await call(base, "POST", `/__api__/v1/groups/${group.guid}/members`, posit, { user_guid: user.guid });
  await call(base, "POST", "/__api__/v1/groups", posit, { name: `ops-${stamp}` });
  await call(base, "PATCH", `/__api__/v1/oauth/integrations/${integration.guid}`, posit, {
    tags: ["finance", "eu", "quarterly-reporting", "production"],
    // The admin too: it owns the workload associated below, and an owner may use only what it is allowed.
    permissions: [{ group_guid: group.guid }, { user_guid: publisher.guid }, { user_guid: (await call(base, "GET", "/__api__/v1/user", posit)).guid }],
  });

  const workload = await call(base, "POST", "/__api__/v1/content", posit, {
    name: `nightly-warehouse-reconciliation-${stamp}`,
    title: "Nightly warehouse reconciliation for the EMEA finance team (production)",
    description: LONG_DESCRIPTION,
  });
  await call(base, "PUT", `/__api__/v1/content/${workload.guid}/oauth/integrations/associations`, posit, [{ oauth_integration_guid: integration.guid }]);
  await call(base, "POST", "/__api__/v1/content", posit, { name: `adhoc-${stamp}` });

  const oauthApp = await call(base, "POST", "/api/mgmt/oauthapps", hdp, {
    name: `Salesforce_production_tenant_for_the_EMEA_sales_operations_${stamp}`,
    description: LONG_DESCRIPTION,
    dataStore: 63,
    clientId: `3MVG9${"A".repeat(60)}`,
    clientSecret: "screenshot-secret",
    authorizeURI: "https://login.salesforce.com/services/oauth2/authorize",
    tokenURI: "https://login.salesforce.com/services/oauth2/token",
  });
  const profile = await call(base, "POST", "/api/mgmt/oauthprofiles", hdp, { name: `Reporting_service_account_${stamp}`, oauthAppId: oauthApp.id, refreshToken: "rt" });

  const app = await call(base, "POST", `${switchboard}/apps`, key, {
    name: `Internal billing and invoicing API (legacy v2 gateway) ${stamp}`,
    server: { name: "API", url: "https://billing-gateway.internal.example-corporation.com/api/v2/invoicing" },
    authConfigs: [{ type: "apikey", data: { name: "X-Api-Key", in: "header" } }],
  });
  const connection = await call(base, "POST", `${switchboard}/connections`, key, {
    name: `Billing gateway — production credentials for the nightly export ${stamp}`,
    appId: app.id,
    authType: "apikey",
    data: { apiKey: "screenshot-key" },
  });
  await call(base, "POST", `${switchboard}/boards`, key, { name: `Month-end close automation board ${stamp}`, connectionIds: [connection.id] });
  await call(base, "POST", `${switchboard}/boards`, key, { name: `Draft ${stamp}`, connectionIds: [] });

  return { integration: integration.guid, workload: workload.guid, group: group.guid, oauthApp: oauthApp.id, profile: profile.id, app: app.id, connection: connection.id, viewer };
}
