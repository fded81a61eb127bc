// GET /__api__/v1/oauth/templates/{id} — one template
import { positRoute } from "@/lib/dialects/posit/route";
import { getTemplateFor } from "@/lib/server/integrations/list-templates";
import { templateToApi } from "@/lib/templates/to-api";

export const GET = positRoute<{ id: string }>(async ({ actor, context, params }) => Response.json(templateToApi(await getTemplateFor(actor, params.id, context))));
