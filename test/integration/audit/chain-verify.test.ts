// `audit verify` recomputes the hash chain: it must notice a row edited behind the console's back
// (here, by SQL), and pass again once the row is restored.
import { describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { db } from "@/lib/server/db/client";
import { createUser } from "@/lib/server/users/create-user";
import { context, createTeam } from "../../support/fixtures";

describe("audit chain", () => {
  it("verifies, detects an edited row, and verifies again once restored", async () => {
    const { admin } = await createTeam();
    await createUser(admin, { email: `chain-${Date.now()}@example.com`, role: "viewer", password: "long-enough-password" }, context());
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
    const row = await db.auditEvent.findFirstOrThrow({ where: { organizationId: admin.organizationId, action: "user.create" }, orderBy: { id: "desc" } });
    await db.$executeRaw`UPDATE audit_events SET action = 'user.delete' WHERE id = ${row.id}`;
    try {
      expect(await verifyAuditChain()).toMatchObject({ ok: false, brokenAt: String(row.id) });
    } finally {
      await db.$executeRaw`UPDATE audit_events SET action = ${row.action} WHERE id = ${row.id}`;
    }
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });
});
