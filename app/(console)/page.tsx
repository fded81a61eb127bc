import { redirect } from "next/navigation";
import { NAV_ITEMS } from "@/components/shell/nav-items";
import { can } from "@/lib/permissions";
import { requireActor } from "@/lib/server/auth/page-auth";

/** Home: the first section the user's role can see. */
export default async function Home() {
  const actor = await requireActor();
  redirect(NAV_ITEMS.find((item) => can(actor.role, item.permission) && !item.comingSoon)?.href ?? "/api-keys");
}
