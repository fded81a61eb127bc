// GET /__api__/server_settings — server version and capabilities (clients gate features on it)
import type { PositServerSettings } from "@/lib/dialects/posit/schemas";
import { CONSOLE_VERSION, POSIT_COMPATIBLE_VERSION } from "@/lib/version";

export function GET() {
  return Response.json({
    version: POSIT_COMPATIBLE_VERSION,
    console_version: CONSOLE_VERSION,
    product: "Integration Console",
    oauth_integrations_enabled: true,
  } satisfies PositServerSettings);
}
