// HDP's `?user=` with a NUL byte (`?user=%00`) answered 500: PostgreSQL rejects the byte in a
// query parameter. No member's email holds one: 404 like any unknown user (found by fuzzing).
import { expect, it } from "vitest";
import { resolveProfileOwner } from "@/lib/server/oauth-profiles/profile-owner";
import { context, createTeam } from "../../support/fixtures";

it("?user= with a NUL byte is an unknown user (404), not a database error", async () => {
  const { admin } = await createTeam();
  for (const user of ["\u0000", "a\u0000@example.com"]) await expect(resolveProfileOwner(admin, { user }, context())).rejects.toMatchObject({ status: 404 });
});
