import { isRedirectError } from "next/dist/client/components/redirect-error";
import { redirect } from "next/navigation";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/server/auth/actor";
import { actionClient, PartialSuccess, unexpectedMessage } from "./action-client";

const actor: Actor = { userId: "u1", email: "a@example.com", firstName: "", lastName: "", organizationId: "o1", organizationSlug: "default", role: "admin", via: "session" };

/** A wrapper over a fake request: what it revalidated, what it logged, whether the body ran. */
function harness(signedIn = true) {
  const seen = { revalidated: [] as string[], logged: [] as string[], ran: 0 };
  const consoleAction = actionClient({
    actor: async () => (signedIn ? actor : redirect("/login")),
    context: async () => ({ requestId: "req-1", ip: null }),
    revalidate: (path) => seen.revalidated.push(path),
    logUnexpected: (error, requestId) => seen.logged.push(`${requestId}: ${(error as Error).message}`),
  });
  return { seen, consoleAction };
}

const schema = z.object({ id: z.number().int().positive(), name: z.string().min(1, "Enter a name") });

describe("consoleAction", () => {
  it("parses, runs with the actor, revalidates and answers ok with the body's result", async () => {
    const { seen, consoleAction } = harness();
    const action = consoleAction(schema, async (input, call) => ({ echoed: `${input.id}:${input.name}:${call.actor.email}:${call.context.requestId}` }), { revalidate: (input) => [`/things/${input.id}`, "/things"] });
    expect(await action({ id: 7, name: "seven" })).toEqual({ ok: true, echoed: "7:seven:a@example.com:req-1" });
    expect(seen.revalidated).toEqual(["/things/7", "/things"]);
  });

  it("answers bad input with field errors, never a throw, and runs nothing", async () => {
    const { seen, consoleAction } = harness();
    const action = consoleAction(schema, async () => void seen.ran++, { revalidate: ["/things"] });
    for (const bad of [{ id: "x", name: "" }, undefined, null, "junk", [1, 2], { id: 1, name: "a\u0000b" }]) {
      const result = await action(bad as never);
      expect(result.ok, JSON.stringify(bad)).toBeUndefined();
      expect(result).toMatchObject({ error: expect.any(String) as string, fieldErrors: expect.any(Object) as object });
    }
    expect(await action({ id: "x", name: "" } as never)).toMatchObject({ fieldErrors: { id: [expect.any(String)], name: ["Enter a name"] } });
    expect(seen.ran).toBe(0);
    expect(seen.revalidated).toEqual([]);
  });

  it("maps an AppError to its message, field errors and a conflict flag for 412, revalidating nothing", async () => {
    const { seen, consoleAction } = harness();
    const refused = consoleAction(z.object({}), async () => {
      throw new AppError("validation_failed", "name: taken", { fieldErrors: { name: ["taken"] } });
    }, { revalidate: ["/things"] });
    expect(await refused({})).toEqual({ error: "name: taken", fieldErrors: { name: ["taken"] } });
    const stale = consoleAction(z.object({}), async () => {
      throw new AppError("precondition_failed", "changed by someone else");
    });
    expect(await stale({})).toEqual({ error: "changed by someone else", conflict: true });
    // Revalidating would re-render the calling page, whose permission check audits a second refusal.
    expect(seen.revalidated).toEqual([]);
  });

  it("answers an unexpected error with a generic message and logs it with the request id, not its text", async () => {
    const { seen, consoleAction } = harness();
    const action = consoleAction(z.object({}), async () => {
      throw new Error("connection string postgres://user:canary-secret@db failed");
    });
    const result = await action({});
    expect(result).toEqual({ error: unexpectedMessage("req-1") });
    expect(JSON.stringify(result)).not.toContain("canary-secret");
    expect(seen.logged).toHaveLength(1);
    expect(seen.logged[0]).toMatch(/^req-1: /);
  });

  it("refuses a caller with no session: the redirect to sign-in propagates and nothing runs", async () => {
    const { seen, consoleAction } = harness(false);
    const action = consoleAction(schema, async () => void seen.ran++, { revalidate: ["/things"] });
    const thrown = await action({ id: 1, name: "a" }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(isRedirectError(thrown)).toBe(true);
    expect(seen.ran).toBe(0);
    expect(seen.revalidated).toEqual([]);
  });

  it("lets the body's own redirect through (Next navigates), unlogged", async () => {
    const { seen, consoleAction } = harness();
    const action = consoleAction(z.object({}), async () => redirect("/elsewhere"));
    await expect(action({})).rejects.toSatisfy(isRedirectError);
    expect(seen.logged).toEqual([]);
  });

  it("revalidates after a partial success (a bulk delete that deleted some rows), then answers its failure", async () => {
    const { seen, consoleAction } = harness();
    const action = consoleAction(z.object({}), async () => {
      throw new PartialSuccess("Deleted 1; not deleted — b: changed");
    }, { revalidate: ["/things"] });
    expect(await action({})).toEqual({ error: "Deleted 1; not deleted — b: changed" });
    expect(seen.revalidated).toEqual(["/things"]);
  });
});
