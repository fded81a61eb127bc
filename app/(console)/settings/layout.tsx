import type { ReactNode } from "react";
import { requireActor, requirePagePermission } from "@/lib/server/auth/page-auth";

// The section's gate runs here, above its pages, so a refusal is a real HTTP 403.
export default async function Layout({ children }: { children: ReactNode }) {
  await requirePagePermission(await requireActor(), "organization.settings");
  return children;
}
