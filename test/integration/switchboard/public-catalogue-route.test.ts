// Next.js gives a route without dynamic segments no `params` (GET /api/switchboard/v1alpha1/apps,
// the public catalogue); the Switchboard wrapper read `params.organisationId` of undefined and
// answered 500 to every authenticated call — found by the generated authorization matrix.
import { expect, it } from "vitest";
import * as publicApps from "@/app/api/switchboard/v1alpha1/apps/route";
import { createApiKey } from "@/lib/server/api-keys/create-api-key";
import { context, createTeam } from "../../support/fixtures";

type Handler = (request: Request, ctx: { params: Promise<undefined> | undefined }) => Promise<Response>;

it("GET /apps answers 200 when Next passes no params", async () => {
  const team = await createTeam();
  const { key } = await createApiKey(team.viewer, { name: "viewer key" }, context());
  for (const params of [undefined, Promise.resolve(undefined)]) {
    const reply = await (publicApps.GET as unknown as Handler)(new Request("http://localhost/api/switchboard/v1alpha1/apps", { headers: { authorization: key } }), { params });
    expect(reply.status, await reply.clone().text()).toBe(200);
    expect((await reply.json()).items.length).toBeGreaterThan(0);
  }
});
