// Standalone audit events (denials, verify results, `keys rotate`) race with events written inside
// a change's transaction; both must take the chain's lock, or two appends see the same previous
// hash and the chain forks. (The crash/rotation proof found this: `keys rotate` forked it.)
import { describe, expect, it } from "vitest";
import { recordStandaloneAuditEvent } from "@/lib/server/audit/record-audit-event";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { context, createTeam } from "../../support/fixtures";

describe("audit chain under concurrent appends", () => {
  it("stays one unbroken chain when standalone events race with transactional ones", async () => {
    const { admin } = await createTeam();
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2
          ? recordStandaloneAuditEvent({ actor: null, actorLabel: "test", organizationId: admin.organizationId, action: "test.standalone", resourceType: "test", context: context() })
          : createIntegration(admin, { name: `chain ${i}`, template: "connect", config: { max_role: "Viewer" } }, context()),
      ),
    );
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });
});
