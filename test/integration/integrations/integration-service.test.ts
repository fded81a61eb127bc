import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { deleteIntegration } from "@/lib/server/integrations/delete-integration";
import { getIntegration } from "@/lib/server/integrations/get-integration";
import { searchIntegrations } from "@/lib/server/integrations/list-integrations";
import { updateIntegration } from "@/lib/server/integrations/update-integration";
import { readStoredSecret } from "@/test/support/stored-secret";
import { context, createTeam } from "../../support/fixtures";

const azure = (secret: string, name = "Azure") => ({
  name,
  description: "Azure (staging)",
  template: "azure",
  config: {
    auth_mode: "Confidential",
    auth_type: "Viewer",
    client_id: "23a0078b-cd0d-489f-8e00-e5116c71db9b",
    client_secret: secret,
    scopes: "api://x/.default offline_access",
    tenant_id: "a0b52758-d0b5-4b27-a6c0-13ca07eabdd7",
  },
});

const everything = async (guid: string) => {
  const [rows, audit, secrets] = await Promise.all([
    db.integration.findMany({ where: { guid } }),
    db.auditEvent.findMany({ where: { resourceId: guid } }),
    db.secret.findMany({ where: { resourceId: guid } }),
  ]);
  return JSON.stringify({ rows, audit, secrets: secrets.map((s) => [Buffer.from(s.ciphertext).toString("latin1"), Buffer.from(s.wrappedKey).toString("latin1")]) }, (_, v) => (typeof v === "bigint" ? String(v) : v));
};

describe("integrations service", () => {
  it("stores secrets only encrypted and reports them as set", async () => {
    const { admin } = await createTeam();
    const canary = `canary-${randomUUID()}`;
    const created = await createIntegration(admin, azure(canary), context());
    expect(created.config).not.toHaveProperty("client_secret");
    expect(created.secrets.client_secret).toEqual({ set: true, updatedAt: expect.any(String) });
    expect(JSON.stringify(created)).not.toContain(canary);
    expect(await everything(created.guid)).not.toContain(canary);
    expect(await readStoredSecret("integration", created.guid, "client_secret")).toBe(canary);
  });

  it("reads back exactly what the writes returned (the read path is its own SQL)", async () => {
    const { admin, publisher } = await createTeam();
    const created = await createIntegration(admin, azure("read-back"), context());
    expect(await getIntegration(publisher, created.guid, context())).toEqual(created);
    const updated = await updateIntegration(admin, created.guid, { name: "Renamed", config: { client_secret: "other" } }, {}, context());
    expect(await getIntegration(admin, created.guid, context())).toEqual(updated);
    const none = await createIntegration(admin, { name: "Visitor", template: "connect", config: { max_role: "Viewer" } }, context());
    expect(await getIntegration(admin, none.guid, context())).toEqual(none);
  });

  it("merges PATCH config, replaces given secrets, keeps omitted and empty ones", async () => {
    const { admin } = await createTeam();
    const created = await createIntegration(admin, azure("first-secret"), context());
    const renamed = await updateIntegration(admin, created.guid, { description: "New Description", config: { scopes: "openid" } }, {}, context());
    expect(renamed).toMatchObject({ description: "New Description", name: "Azure", version: created.version + 1, config: { ...created.config, scopes: "openid" } });
    expect(await readStoredSecret("integration", created.guid, "client_secret")).toBe("first-secret");
    await updateIntegration(admin, created.guid, { config: { client_secret: "" } }, {}, context());
    expect(await readStoredSecret("integration", created.guid, "client_secret")).toBe("first-secret");
    const replaced = await updateIntegration(admin, created.guid, { config: { client_secret: "second-secret" } }, { expectedVersion: created.version + 2 }, context());
    expect(await readStoredSecret("integration", created.guid, "client_secret")).toBe("second-secret");
    expect(replaced.secrets.client_secret.updatedAt >= created.secrets.client_secret.updatedAt).toBe(true);
    expect(await everything(created.guid)).not.toMatch(/first-secret|second-secret/);
  });

  it("refuses a stale version (412) and concurrent writers lose nothing", async () => {
    const { admin } = await createTeam();
    const created = await createIntegration(admin, azure("s"), context());
    await updateIntegration(admin, created.guid, { name: "one" }, { expectedVersion: created.version }, context());
    await expect(updateIntegration(admin, created.guid, { name: "two" }, { expectedVersion: created.version }, context())).rejects.toMatchObject({ status: 412 });
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) => updateIntegration(admin, created.guid, { description: `d${i}` }, { expectedVersion: created.version + 1 }, context())),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").every((r) => (r as PromiseRejectedResult).reason.status === 412)).toBe(true);
    expect((await getIntegration(admin, created.guid, context())).version).toBe(created.version + 2);
  });

  it("concurrent writers without a precondition all succeed, one after another (no 412 nobody asked for)", async () => {
    const { admin } = await createTeam();
    const created = await createIntegration(admin, azure("s"), context());
    await Promise.all(Array.from({ length: 8 }, (_, i) => updateIntegration(admin, created.guid, { description: `d${i}` }, {}, context())));
    expect((await getIntegration(admin, created.guid, context())).version).toBe(created.version + 8);
  });

  // Found by the fuzzing proof (e2e/api/proofs-fuzz.spec.ts): concurrent DELETEs were a 500.
  it("concurrent deletes of one integration: one wins, every other gets 404", async () => {
    const { admin } = await createTeam();
    const created = await createIntegration(admin, azure("s"), context());
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => deleteIntegration(admin, created.guid, {}, context())));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.flatMap((r) => (r.status === "rejected" ? [r.reason.status] : []))).toEqual([404, 404, 404, 404, 404]);
    expect(await db.auditEvent.count({ where: { resourceId: created.guid, action: "integration.delete" } })).toBe(1);
  });

  // Found by the fuzzing proof: a denied call naming "%00" failed to write its audit event (500).
  it("a refusal naming an id with U+0000 is still refused and audited", async () => {
    const { viewer } = await createTeam();
    const id = `${randomUUID()}\u0000`;
    await expect(getIntegration(viewer, id, context())).rejects.toMatchObject({ status: 403 });
    expect(await db.auditEvent.count({ where: { resourceId: id.replace("\u0000", "\uFFFD"), outcome: "denied" } })).toBe(1);
  });

  it("keeps organisations apart and roles in their lanes", async () => {
    const a = await createTeam();
    const b = await createTeam();
    const created = await createIntegration(a.admin, azure("s"), context());
    await expect(getIntegration(b.admin, created.guid, context())).rejects.toMatchObject({ status: 404 });
    await expect(updateIntegration(b.admin, created.guid, { name: "x" }, {}, context())).rejects.toMatchObject({ status: 404 });
    await expect(deleteIntegration(b.admin, created.guid, {}, context())).rejects.toMatchObject({ status: 404 });
    await expect(getIntegration(a.viewer, created.guid, context())).rejects.toMatchObject({ status: 403 });
    await expect(createIntegration(a.publisher, azure("s"), context())).rejects.toMatchObject({ status: 403 });
    expect((await getIntegration(a.publisher, created.guid, context())).name).toBe("Azure");
  });

  it("searches, filters, sorts and pages within the organisation", async () => {
    const { admin } = await createTeam();
    for (const name of ["Alpha warehouse", "Beta", "Gamma warehouse"]) await createIntegration(admin, azure("s", name), context());
    await createIntegration(admin, { name: "Visitor", template: "connect", config: { max_role: "Viewer" } }, context());
    const base = { q: "", template: "", authType: "" as const, tag: "", sort: "name" as const, page: 1, cursor: "" };
    expect((await searchIntegrations(admin, { ...base, q: "WAREHOUSE" }, context())).items.map((i) => i.name)).toEqual(["Alpha warehouse", "Gamma warehouse"]);
    expect((await searchIntegrations(admin, { ...base, sort: "-name" }, context())).items[0].name).toBe("Visitor");
    expect((await searchIntegrations(admin, { ...base, template: "connect" }, context())).total).toBe(1);
    expect((await searchIntegrations(admin, { ...base, authType: "Visitor API Key" }, context())).items.map((i) => i.template)).toEqual(["connect"]);
  });
});
