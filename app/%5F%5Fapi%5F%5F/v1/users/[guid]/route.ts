// GET   /__api__/v1/users/{guid} — one user of the organisation (Posit's user object, never a password hash; ETag),
//                                   or a person invited and not yet joined (`confirmed: false`)
// PUT   /__api__/v1/users/{guid} — change email, username, names, role (only what is given; If-Match honoured)
// PATCH /__api__/v1/users/{guid} — the same
import { positRoute } from "@/lib/dialects/posit/route";
import { fromPositUpdateUser, positMemberResponse, toPositPending } from "@/lib/dialects/posit/users";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { getPositUser } from "@/lib/server/users/list-posit-users";
import { updateUser } from "@/lib/server/users/update-user";

type Params = { guid: string };

export const GET = positRoute<Params>(async ({ actor, context, params }) => {
  const found = await getPositUser(actor, params.guid, context);
  return "member" in found ? positMemberResponse(found.member) : Response.json(toPositPending(found.pending));
});

const update = positRoute<Params>(async ({ actor, context, params, json, precondition }) => {
  await requirePermission(actor, "user.manage", context, { type: "user", id: params.guid });
  return positMemberResponse(await updateUser(actor, params.guid, fromPositUpdateUser(await json()), precondition, context));
});

export const PUT = update;
export const PATCH = update;
