// POST /__api__/v1/users/{guid}/lock — {"locked": true|false}: a locked user can neither sign in nor use API keys
import { positRoute } from "@/lib/dialects/posit/route";
import { setMemberLocked } from "@/lib/server/users/update-member";

export const POST = positRoute<{ guid: string }>(async ({ actor, context, params, json }) => {
  await setMemberLocked(actor, params.guid, await json(), context);
  return Response.json({});
}, { permission: "user.manage", resourceId: (p) => p.guid });
