// POST /__api__/v1/content — create a content item (guid + name; enough to associate integrations)
import { positTime } from "@/lib/dialects/posit/integrations";
import { positRoute } from "@/lib/dialects/posit/route";
import type { PositContent } from "@/lib/dialects/posit/schemas";
import { createContentItem } from "@/lib/server/content/create-content-item";

export const POST = positRoute(async ({ actor, context, json }) => {
  const item = await createContentItem(actor, await json(), context);
  return Response.json({ guid: item.guid, name: item.name, title: item.title, owner_guid: item.ownerGuid, created_time: positTime(item.createdAt) } satisfies PositContent);
});
