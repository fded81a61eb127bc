import "server-only";
// A detail page's <title>: "<record name> · <kind>" (e.g. "Snowflake prod · Integration"), so tabs
// and history tell records apart. `name` should be the page's own cached read (React `cache`), so
// the title costs no second query; a role without `permission`, a missing record or any failure
// gets the plain kind (the page itself shows the 403/404).
import type { Metadata } from "next";
import { can, type Permission } from "@/lib/permissions";
import { getSessionActor } from "./auth/get-session-actor";

export async function recordTitle(kind: string, permission: Permission, name: () => Promise<string>): Promise<Metadata> {
  const actor = await getSessionActor();
  if (!actor || !can(actor.role, permission)) return { title: kind };
  try {
    const label = (await name()).trim();
    return { title: label ? `${label} · ${kind}` : kind };
  } catch {
    return { title: kind };
  }
}
