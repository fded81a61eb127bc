// GET /__api__/v1/user — the caller (Posit Connect's current-user endpoint)
import { positRoute } from "@/lib/dialects/posit/route";
import { toPositUser } from "@/lib/dialects/posit/user";

export const GET = positRoute(async ({ actor }) => Response.json(toPositUser(actor)));
