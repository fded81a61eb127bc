// GET /__api__/v1/users — the organisation's users (prefix, account_status, user_role; Posit paging)
import { positPage, toPositMember } from "@/lib/dialects/posit/groups";
import { positRoute } from "@/lib/dialects/posit/route";
import { positUserQuerySchema } from "@/lib/schemas/groups";
import { listPositUsers } from "@/lib/server/users/list-posit-users";

export const GET = positRoute(async ({ request, actor, context }) => {
  const query = positUserQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { results, total } = await listPositUsers(actor, { ...query, accountStatus: query.account_status, userRole: query.user_role }, context);
  return positPage(results.map(toPositMember), query.page_number, total);
});
