import { beforeAll, describe, expect, it, vi } from "vitest";
import { setContentAssociations } from "@/lib/server/content/content-associations";
import { db } from "@/lib/server/db/client";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { authenticateContentSessionToken } from "@/lib/server/workloads/authenticate-content-session-token";
import { createContentSessionToken } from "@/lib/server/workloads/create-content-session-token";
import { createWorkload } from "@/lib/server/workloads/create-workload";
import { deleteWorkload } from "@/lib/server/workloads/delete-workload";
import { issueContentSessionToken } from "@/lib/server/workloads/issue-content-session-token";
import { issueUserSessionToken } from "@/lib/server/workloads/issue-user-session-token";
import { listContentSessionTokens } from "@/lib/server/workloads/list-content-session-tokens";
import { revokeContentSessionToken } from "@/lib/server/workloads/revoke-content-session-token";
import { hashContentSessionToken } from "@/lib/server/workloads/session-token-format";
import { verifyUserSessionToken } from "@/lib/server/workloads/user-session-token";
import { context, createMember, createTeam } from "../../support/fixtures";

/** Every audit row's JSON, to look for a token in. */
const auditText = async (organizationId: string) =>
  JSON.stringify(await db.auditEvent.findMany({ where: { organizationId }, select: { action: true, resourceId: true, before: true, after: true, detail: true } }));

// User session tokens are signed with a key derived from AUTH_SECRET (the console always has one).
beforeAll(() => {
  vi.stubEnv("AUTH_SECRET", "workloads-test-auth-secret-0123456789abcdef");
});

describe("content session tokens", () => {
  it("are stored hashed, listed by prefix, several at once, revocable; a revoked one authenticates nothing; never audited", async () => {
    const { organization, publisher, viewer } = await createTeam();
    const w = await createWorkload(publisher, { name: "etl" }, context());
    const first = await createContentSessionToken(publisher, w.guid, context());
    const second = await createContentSessionToken(publisher, w.guid, context());
    expect(first.token).toMatch(/^cst_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(first.token.startsWith(first.sessionToken.prefix)).toBe(true);

    const stored = await db.contentSessionToken.findMany({ where: { contentId: w.guid } });
    expect(stored).toHaveLength(2);
    for (const row of stored) expect([hashContentSessionToken(first.token), hashContentSessionToken(second.token)]).toContain(row.hash);
    expect(JSON.stringify(stored)).not.toContain(first.token.slice(13));

    const listed = await listContentSessionTokens(publisher, w.guid, context());
    expect(listed.map((t) => t.prefix)).toEqual([second.sessionToken.prefix, first.sessionToken.prefix]);
    expect(JSON.stringify(listed)).not.toContain(first.token);
    expect(listed[0].createdByEmail).toBe(publisher.email);

    expect(await authenticateContentSessionToken(first.token)).toMatchObject({ contentId: w.guid, organizationId: organization.id, ownerId: publisher.userId });
    await revokeContentSessionToken(publisher, w.guid, first.sessionToken.id, context());
    expect(await authenticateContentSessionToken(first.token)).toBeNull();
    expect(await authenticateContentSessionToken(second.token)).not.toBeNull();
    expect((await listContentSessionTokens(publisher, w.guid, context())).map((t) => t.id)).toEqual([second.sessionToken.id]);
    await expect(revokeContentSessionToken(publisher, w.guid, first.sessionToken.id, context())).rejects.toMatchObject({ status: 404 });

    await expect(createContentSessionToken(viewer, w.guid, context())).rejects.toMatchObject({ status: 403 });
    const audit = await auditText(organization.id);
    expect(audit).toContain("content_session_token.create");
    expect(audit).toContain("content_session_token.revoke");
    expect(audit).not.toContain(first.token);
    expect(audit).not.toContain(second.token);
  });

  it("another publisher and another organisation cannot make, list or revoke a workload's tokens", async () => {
    const { organization, admin, publisher } = await createTeam();
    const other = await createMember(organization, "publisher");
    const outsider = await createTeam();
    const w = await createWorkload(publisher, { name: "etl" }, context());
    const { sessionToken } = await createContentSessionToken(publisher, w.guid, context());
    for (const actor of [other, outsider.admin]) {
      await expect(createContentSessionToken(actor, w.guid, context())).rejects.toMatchObject({ status: 404 });
      await expect(listContentSessionTokens(actor, w.guid, context())).rejects.toMatchObject({ status: 404 });
      await expect(revokeContentSessionToken(actor, w.guid, sessionToken.id, context())).rejects.toMatchObject({ status: 404 });
    }
    // An admin of the organisation manages every workload's tokens.
    await revokeContentSessionToken(admin, w.guid, sessionToken.id, context());
    expect(await listContentSessionTokens(publisher, w.guid, context())).toEqual([]);
  });

  it("deleting a workload takes its session tokens and associations with it", async () => {
    const { admin, publisher } = await createTeam();
    const integration = await createIntegration(admin, { name: "Everyone", template: "connect", config: { max_role: "Viewer" } }, context());
    const w = await createWorkload(publisher, { name: "etl" }, context());
    const { token } = await createContentSessionToken(publisher, w.guid, context());
    await setContentAssociations(publisher, w.guid, [{ oauth_integration_guid: integration.guid }], context());
    await deleteWorkload(publisher, w.guid, {}, context());
    expect(await authenticateContentSessionToken(token)).toBeNull();
    expect(await db.contentSessionToken.count({ where: { contentId: w.guid } })).toBe(0);
    expect(await db.contentAssociation.count({ where: { contentId: w.guid } })).toBe(0);
  });
});

describe("the CLI's content token create", () => {
  it("names the workload by guid or name, makes the token as its owner, refuses an ambiguous or unknown name", async () => {
    const { organization, publisher } = await createTeam();
    const w = await createWorkload(publisher, { name: "nightly-etl" }, context());
    const byName = await issueContentSessionToken("nightly-etl", organization.slug, context());
    const byGuid = await issueContentSessionToken(w.guid.toUpperCase(), organization.slug, context());
    expect((await authenticateContentSessionToken(byName.token))?.contentId).toBe(w.guid);
    expect((await authenticateContentSessionToken(byGuid.token))?.contentId).toBe(w.guid);
    expect(byName.sessionToken.createdByEmail).toBe(publisher.email);
    await createWorkload(publisher, { name: "nightly-etl" }, context());
    await expect(issueContentSessionToken("nightly-etl", organization.slug, context())).rejects.toMatchObject({ status: 409, message: expect.stringContaining(w.guid) });
    await expect(issueContentSessionToken("nope", organization.slug, context())).rejects.toMatchObject({ status: 404 });
    const outsider = await createTeam();
    await expect(issueContentSessionToken(w.guid, outsider.organization.slug, context())).rejects.toMatchObject({ status: 404 });
  });
});

describe("user session tokens", () => {
  it("the caller's own by default; an admin may name a member; a publisher only themself and only on their own workload", async () => {
    const { organization, admin, publisher, viewer } = await createTeam();
    const other = await createMember(organization, "publisher");
    const outsider = await createTeam();
    const w = await createWorkload(publisher, { name: "app" }, context());

    const mine = await issueUserSessionToken(publisher, w.guid, {}, context());
    expect(mine.expiresIn).toBeLessThanOrEqual(3600);
    expect(await verifyUserSessionToken(mine.token)).toMatchObject({ userId: publisher.userId, contentId: w.guid, organizationId: organization.id });
    expect((await issueUserSessionToken(publisher, w.guid, { user_guid: publisher.userId }, context())).userGuid).toBe(publisher.userId);

    const forViewer = await issueUserSessionToken(admin, w.guid, { user_guid: viewer.userId }, context());
    expect(await verifyUserSessionToken(forViewer.token)).toMatchObject({ userId: viewer.userId, contentId: w.guid });

    await expect(issueUserSessionToken(publisher, w.guid, { user_guid: viewer.userId }, context())).rejects.toMatchObject({ status: 403 });
    await expect(issueUserSessionToken(other, w.guid, {}, context())).rejects.toMatchObject({ status: 404 });
    await expect(issueUserSessionToken(viewer, w.guid, {}, context())).rejects.toMatchObject({ status: 403 });
    await expect(issueUserSessionToken(admin, w.guid, { user_guid: outsider.viewer.userId }, context())).rejects.toMatchObject({ status: 400 });
    await expect(issueUserSessionToken(outsider.admin, w.guid, {}, context())).rejects.toMatchObject({ status: 404 });
    await expect(issueUserSessionToken(admin, w.guid, { user_guid: 7 }, context())).rejects.toMatchObject({ status: 400 });

    const audit = await auditText(organization.id);
    expect(audit).toContain("user_session_token.create");
    expect(audit).not.toContain(mine.token);
    expect(audit).not.toContain(forViewer.token);
  });
});
