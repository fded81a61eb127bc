// GET /__api__/v1/oauth/templates — every OAuth integration template (fields, options)
import { positRoute } from "@/lib/dialects/posit/route";
import { listTemplates } from "@/lib/server/integrations/list-templates";
import { templateToApi } from "@/lib/templates/to-api";

export const GET = positRoute(async ({ actor, context }) => Response.json((await listTemplates(actor, context)).map(templateToApi)));
