// Fruxon's `POST …/{id}:verifyConfig` checks integration.verify before it reads the integration:
// a publisher (who may read, or not, the integration) gets 403, not 404, and the refusal is
// audited once, under integration.verify — found by the generated authorization matrix.
import { expect, it } from "vitest";
import * as single from "@/app/v1/tenants/[tenant]/integrations/[integration]/route";
import type { Role } from "@/lib/permissions";
import { createApiKey } from "@/lib/server/api-keys/create-api-key";
import { db } from "@/lib/server/db/client";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { context, createTeam } from "../../support/fixtures";

it("refuses a publisher and a viewer with 403, audited once as integration.verify denied", async () => {
  const team = await createTeam();
  const created = await createIntegration(
    team.admin,
    { name: "Verify target", template: "custom", config: { auth_type: "Service Account", token_uri: "https://idp.example.com/token", client_id: "c", client_secret: "verify-secret-1" } },
    context(),
  );
  for (const role of ["publisher", "viewer"] as Role[]) {
    const { key } = await createApiKey(team[role], { name: `${role} key` }, context());
    const before = await db.auditEvent.count({ where: { organizationId: team.organization.id } });
    const segment = `${created.slug}:verifyConfig`;
    const reply = await single.POST(
      new Request(`http://localhost/v1/tenants/${team.organization.slug}/integrations/${segment}`, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: JSON.stringify({ authMetadataId: "custom.service_account", authConfig: {} }),
      }),
      { params: Promise.resolve({ tenant: team.organization.slug, integration: segment }) },
    );
    expect(reply.status, role).toBe(403);
    expect(reply.headers.get("content-type")).toContain("application/problem+json");
    const events = await db.auditEvent.findMany({ where: { organizationId: team.organization.id }, orderBy: { id: "asc" }, skip: before });
    expect(events.map((e) => `${e.action} ${e.outcome}`), role).toEqual(["integration.verify denied"]);
  }
});
