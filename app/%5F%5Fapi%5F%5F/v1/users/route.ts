// GET /__api__/v1/users — the organisation's users (prefix, account_status, user_role; Posit paging)
import { pagingFrom, positPage, toPositMember } from "@/lib/dialects/posit/groups";
import { positRoute } from "@/lib/dialects/posit/route";
import { listPositUsers } from "@/lib/server/users/list-posit-users";

export const GET = positRoute(async ({ request, actor, context }) => {
  const paging = pagingFrom(request);
  const params = new URL(request.url).searchParams;
  const query = { ...paging, accountStatus: params.get("account_status") ?? "", userRole: params.get("user_role") ?? "" };
  const { results, total } = await listPositUsers(actor, query, context);
  return positPage(results.map(toPositMember), paging.page_number, total);
});
