// GET  /__api__/v1/users — the organisation's users (prefix, account_status, user_role; Posit paging)
// POST /__api__/v1/users — add a user to the organisation (admins): a new account answers 200 with
// the user, as Connect; an email that already has an account (or user_must_set_password) is
// invited and answers 201 with the user object, `confirmed: false`
import { positPage } from "@/lib/dialects/posit/groups";
import { positRoute } from "@/lib/dialects/posit/route";
import { fromPositCreateUser, positMemberResponse, toPositMember, toPositPending } from "@/lib/dialects/posit/users";
import { positUserQuerySchema } from "@/lib/schemas/groups";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { createUser } from "@/lib/server/users/create-user";
import { listPositUsers } from "@/lib/server/users/list-posit-users";

export const GET = positRoute(async ({ request, actor, context }) => {
  const query = positUserQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { members, pending, total } = await listPositUsers(actor, { ...query, accountStatus: query.account_status, userRole: query.user_role }, context);
  return positPage([...members.map(toPositMember), ...pending.map(toPositPending)], query.page_number, total);
});

export const POST = positRoute(async ({ actor, context, json }) => {
  // The role first: a publisher's bad body is a 403, as for every other admin-only write.
  await requirePermission(actor, "user.manage", context);
  const result = await createUser(actor, fromPositCreateUser(await json()), context);
  if (result.status === "created") return positMemberResponse(result.member);
  return Response.json(toPositPending(result.invitation), { status: 201 });
});
