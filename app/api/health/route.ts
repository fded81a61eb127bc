// GET /api/health — liveness and database reachability, for the launcher and load balancers
import { checkDatabase } from "@/lib/server/health/check-database";

export async function GET() {
  const database = await checkDatabase();
  return Response.json({ status: database ? "ok" : "degraded", database }, { status: database ? 200 : 503 });
}
