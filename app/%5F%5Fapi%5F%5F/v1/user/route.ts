// GET /__api__/v1/user — the caller (Posit Connect's current-user endpoint)
import { positRoute } from "@/lib/dialects/posit/route";
import { toPositUser } from "@/lib/dialects/posit/users";
import { getCurrentUser } from "@/lib/server/users/get-current-user";

export const GET = positRoute(async ({ actor }) => Response.json(toPositUser(actor, await getCurrentUser(actor))));
