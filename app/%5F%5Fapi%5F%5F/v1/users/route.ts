// GET  /__api__/v1/users — the organisation's users (prefix, account_status, user_role; Posit paging)
// POST /__api__/v1/users — create a user in the organisation (admins; 200 with the user, as Connect)
import { positPage } from "@/lib/dialects/posit/groups";
import { positRoute } from "@/lib/dialects/posit/route";
import { fromPositCreateUser, positMemberResponse, toPositMember } from "@/lib/dialects/posit/users";
import { positUserQuerySchema } from "@/lib/schemas/groups";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { createNewUser } from "@/lib/server/users/create-new-user";
import { listPositUsers } from "@/lib/server/users/list-posit-users";

export const GET = positRoute(async ({ request, actor, context }) => {
  const query = positUserQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { results, total } = await listPositUsers(actor, { ...query, accountStatus: query.account_status, userRole: query.user_role }, context);
  return positPage(results.map(toPositMember), query.page_number, total);
});

export const POST = positRoute(async ({ actor, context, json }) => {
  // The role first: a publisher's bad body is a 403, as for every other admin-only write.
  await requirePermission(actor, "user.manage", context);
  return positMemberResponse(await createNewUser(actor, fromPositCreateUser(await json()), context));
});
