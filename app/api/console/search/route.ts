// GET /api/console/search?q= — the ⌘K palette's search over what the signed-in user may read
import { getSessionActor } from "@/lib/server/auth/get-session-actor";
import { searchConsole } from "@/lib/server/search/search-console";

export async function GET(request: Request) {
  const actor = await getSessionActor();
  if (!actor) return Response.json({ error: "Sign in first" }, { status: 401 });
  const q = new URL(request.url).searchParams.get("q") ?? "";
  return Response.json(await searchConsole(actor, q), { headers: { "cache-control": "no-store" } });
}
