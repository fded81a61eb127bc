// GET /api/switchboard/v1alpha1/apps — the public app catalogue (GetPublicApps), paged
import { pageRequestFrom, versoriRoute } from "@/lib/dialects/versori/route";
import { toVersoriApp, toVersoriPage } from "@/lib/dialects/versori/serializers";
import { listPublicApps } from "@/lib/server/apps/list-apps";

export const GET = versoriRoute(async ({ query }) => Response.json(toVersoriPage(listPublicApps(pageRequestFrom(query)), toVersoriApp)));
