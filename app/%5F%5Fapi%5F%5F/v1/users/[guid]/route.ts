// GET /__api__/v1/users/{guid} — one user of the organisation (Posit's user object, never a password hash)
import { toPositMember } from "@/lib/dialects/posit/groups";
import { positRoute } from "@/lib/dialects/posit/route";
import { getPositUser } from "@/lib/server/users/list-posit-users";

export const GET = positRoute<{ guid: string }>(async ({ actor, context, params }) => Response.json(toPositMember(await getPositUser(actor, params.guid, context))));
