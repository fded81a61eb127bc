// The apps services (lib/server/apps) called directly, as the Switchboard handlers and the console's
// actions call them: create/read/update/delete, the permission table (publisher reads, viewer and
// another organisation are refused), If-Match and version conflicts, and write-only secrets that
// reach neither a DTO, the app's row nor an audit row — only the encrypted store.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createApp } from "@/lib/server/apps/create-app";
import { deleteApp } from "@/lib/server/apps/delete-app";
import { getApp } from "@/lib/server/apps/get-app";
import { listApps } from "@/lib/server/apps/list-apps";
import { updateApp } from "@/lib/server/apps/update-app";
import { recordEtag } from "@/lib/server/preconditions";
import { createConnection } from "@/lib/server/connections/create-connection";
import { db } from "@/lib/server/db/client";
import { readStoredSecret } from "@/test/support/stored-secret";
import { context, createTeam } from "../../support/fixtures";

// `secret`: omitted (undefined), sent empty (""), or a value the secrets are derived from.
const appInput = (secret?: string, name = "Billing API") => {
  const value = (prefix: string) => (secret === undefined ? {} : { [prefix === "oidc" ? "clientSecret" : "secret"]: secret === "" ? "" : `${prefix}-${secret}` });
  return {
    name,
    server: { name: "Billing", url: "https://billing.example" },
    authConfigs: [
      { type: "apikey", data: { name: "X-Key", in: "header" } },
      { type: "oidc", data: { discoveryUrl: "https://idp.example/.well-known/openid-configuration", clientId: "billing", ...value("oidc") } },
      { type: "jwtbearer", data: { algorithm: "HS256", ...value("jwt") } },
    ],
  };
};

const auditOf = async (resourceId: string) =>
  JSON.stringify((await db.auditEvent.findMany({ where: { resourceId }, orderBy: { id: "asc" } })).map((e) => ({ ...e, id: String(e.id) })));

describe("apps service", () => {
  it("creates, reads, lists, replaces and deletes an app, each change audited", async () => {
    const { admin, publisher } = await createTeam();
    const created = await createApp(admin, appInput(randomUUID()), context());
    expect(created).toMatchObject({ orgId: admin.organizationId, name: "Billing API", public: false, server: { name: "Billing", url: "https://billing.example" }, version: 1 });
    expect(created.supportedAuthConfigs.map((c) => c.type).sort()).toEqual(["apikey", "jwtbearer", "oidc"]);
    expect(await getApp(publisher, created.id, context())).toEqual(created);
    expect((await listApps(publisher, {}, context())).items.map((a) => a.id)).toEqual([created.id]);

    const updated = await updateApp(admin, created.id, { ...appInput(), name: "Billing v2", authConfigs: [{ type: "apikey", data: { name: "X-Key-2", in: "query" } }] }, {}, context());
    expect(updated).toMatchObject({ id: created.id, name: "Billing v2", version: 2 });
    expect(updated.supportedAuthConfigs).toEqual([{ type: "apikey", isValid: true, data: { name: "X-Key-2", in: "query" }, secrets: {} }]);
    expect(await getApp(admin, created.id, context())).toEqual(updated);

    expect(await deleteApp(admin, created.id, {}, context())).toEqual({ id: created.id });
    await expect(getApp(admin, created.id, context())).rejects.toMatchObject({ status: 404 });
    expect(await db.secret.count({ where: { resourceType: "app", resourceId: created.id } })).toBe(0);
    const actions = (await db.auditEvent.findMany({ where: { resourceId: created.id, outcome: "success" }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["app.create", "app.update", "app.delete"]);
  });

  it("keeps secrets write-only: stored encrypted, kept when omitted, replaced when given, dropped with their auth type", async () => {
    const { admin, publisher } = await createTeam();
    const canary = `canary-${randomUUID()}`;
    const created = await createApp(admin, appInput(canary), context());
    const oidc = created.supportedAuthConfigs.find((c) => c.type === "oidc")!;
    expect(oidc.data).not.toHaveProperty("clientSecret");
    expect(oidc.secrets.clientSecret).toMatchObject({ set: true });
    expect(oidc.isValid).toBe(true);
    expect(await readStoredSecret("app", created.id, "oidc.clientSecret")).toBe(`oidc-${canary}`);
    expect(await readStoredSecret("app", created.id, "jwtbearer.secret")).toBe(`jwt-${canary}`);

    // Omitted and empty secrets keep the stored values.
    const keptEmpty = await updateApp(admin, created.id, { ...appInput(""), name: "Renamed" }, {}, context());
    const kept = await updateApp(admin, created.id, { ...appInput(), name: "Renamed again" }, {}, context());
    expect(kept.supportedAuthConfigs.find((c) => c.type === "oidc")!.secrets.clientSecret).toMatchObject({ set: true });
    expect(kept.supportedAuthConfigs.find((c) => c.type === "oidc")!.isValid).toBe(true);
    expect(await readStoredSecret("app", created.id, "oidc.clientSecret")).toBe(`oidc-${canary}`);
    expect(await readStoredSecret("app", created.id, "jwtbearer.secret")).toBe(`jwt-${canary}`);

    // A new value replaces the old one; an auth type left out loses its secret.
    const replaced = await updateApp(admin, created.id, { ...appInput(`new-${canary}`), authConfigs: appInput(`new-${canary}`).authConfigs.slice(0, 2) }, {}, context());
    expect(replaced.supportedAuthConfigs.map((c) => c.type).sort()).toEqual(["apikey", "oidc"]);
    expect(await readStoredSecret("app", created.id, "oidc.clientSecret")).toBe(`oidc-new-${canary}`);
    expect(await readStoredSecret("app", created.id, "jwtbearer.secret")).toBeNull();

    const row = await db.app.findUniqueOrThrow({ where: { id: created.id } });
    const reads = [created, keptEmpty, kept, replaced, row, await getApp(publisher, created.id, context()), await listApps(publisher, {}, context())];
    for (const value of reads) expect(JSON.stringify(value)).not.toContain(canary);
    expect(await auditOf(created.id)).not.toContain(canary);
  });

  it("lets a publisher read but not write, refuses a viewer, and audits each refusal", async () => {
    const { admin, publisher, viewer } = await createTeam();
    const app = await createApp(admin, appInput(randomUUID()), context());
    await expect(createApp(publisher, appInput("p"), context())).rejects.toMatchObject({ status: 403 });
    await expect(updateApp(publisher, app.id, { ...appInput(), name: "Publisher's" }, {}, context())).rejects.toMatchObject({ status: 403 });
    await expect(deleteApp(publisher, app.id, {}, context())).rejects.toMatchObject({ status: 403 });
    await expect(getApp(viewer, app.id, context())).rejects.toMatchObject({ status: 403 });
    await expect(listApps(viewer, {}, context())).rejects.toMatchObject({ status: 403 });

    expect(await getApp(admin, app.id, context())).toEqual(app);
    expect(await db.app.count({ where: { organizationId: admin.organizationId } })).toBe(1);
    const denied = await db.auditEvent.findMany({ where: { organizationId: admin.organizationId, outcome: "denied" }, orderBy: { id: "asc" } });
    expect(denied.map((e) => [e.action, e.actorId])).toEqual([
      ["app.write", publisher.userId],
      ["app.write", publisher.userId],
      ["app.write", publisher.userId],
      ["app.read", viewer.userId],
      ["app.read", viewer.userId],
    ]);
  });

  it("never reaches another organisation's app: 404 to its admin, nothing changed, nothing listed", async () => {
    const ours = await createTeam();
    const theirs = await createTeam();
    const app = await createApp(ours.admin, appInput(randomUUID()), context());
    await expect(getApp(theirs.admin, app.id, context())).rejects.toMatchObject({ status: 404 });
    await expect(updateApp(theirs.admin, app.id, { ...appInput(), name: "Hijacked" }, {}, context())).rejects.toMatchObject({ status: 404 });
    await expect(deleteApp(theirs.admin, app.id, {}, context())).rejects.toMatchObject({ status: 404 });
    expect((await listApps(theirs.admin, {}, context())).items).toEqual([]);
    expect(await getApp(ours.admin, app.id, context())).toEqual(app);
  });

  it("refuses a stale If-Match or version (412) on update and delete; of two writers of one version, one wins", async () => {
    const { admin } = await createTeam();
    const app = await createApp(admin, appInput(randomUUID()), context());
    const v2 = await updateApp(admin, app.id, { ...appInput(), name: "Second" }, { ifMatch: recordEtag(app) }, context());
    expect(v2.version).toBe(2);

    await expect(updateApp(admin, app.id, { ...appInput("lost"), name: "Stale" }, { ifMatch: recordEtag(app) }, context())).rejects.toMatchObject({ status: 412 });
    await expect(updateApp(admin, app.id, { ...appInput(), name: "Stale" }, { expectedVersion: 1 }, context())).rejects.toMatchObject({ status: 412 });
    await expect(deleteApp(admin, app.id, { ifMatch: recordEtag(app) }, context())).rejects.toMatchObject({ status: 412 });
    expect(await getApp(admin, app.id, context())).toEqual(v2);
    expect(await readStoredSecret("app", app.id, "oidc.clientSecret")).not.toBe("oidc-lost");

    const racers = await Promise.allSettled(["A", "B", "C"].map((name) => updateApp(admin, app.id, { ...appInput(), name }, { expectedVersion: 2 }, context())));
    const won = racers.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const r of racers) if (r.status === "rejected") expect(r.reason).toMatchObject({ status: 412 });
    const final = await getApp(admin, app.id, context());
    expect(final).toMatchObject({ version: 3, name: (won[0] as PromiseFulfilledResult<{ name: string }>).value.name });

    await expect(deleteApp(admin, app.id, { ifMatch: `W/${recordEtag(final)}` }, context())).resolves.toEqual({ id: app.id });
  });

  it("refuses to delete an app that connections use (409), and bad input changes nothing (400)", async () => {
    const { admin } = await createTeam();
    const app = await createApp(admin, appInput(randomUUID()), context());
    await createConnection(admin, { name: "Uses it", appId: app.id, authType: "apikey", data: { apiKey: "k" } }, context());
    await expect(deleteApp(admin, app.id, {}, context())).rejects.toMatchObject({ status: 409 });
    expect((await getApp(admin, app.id, context())).version).toBe(1);

    await expect(createApp(admin, { name: "", server: { url: "not a url" } }, context())).rejects.toMatchObject({ status: 400 });
    await expect(updateApp(admin, app.id, { ...appInput(), public: true }, {}, context())).rejects.toMatchObject({ status: 400 });
    await expect(updateApp(admin, app.id, { ...appInput(), orgId: randomUUID() }, {}, context())).rejects.toMatchObject({ status: 400 });
    expect(await db.app.count({ where: { organizationId: admin.organizationId } })).toBe(1);
    expect(await getApp(admin, app.id, context())).toEqual(app);
  });
});
