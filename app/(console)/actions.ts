"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/server/auth/auth";
import { getSessionActor, listMyOrganizations, ORG_COOKIE } from "@/lib/server/auth/get-session-actor";

/** Switches the current organisation (only to one the user belongs to). */
export async function switchOrganizationAction(slug: string): Promise<void> {
  const actor = await getSessionActor();
  if (!actor) redirect("/login");
  const mine = await listMyOrganizations(actor);
  if (!mine.some((o) => o.slug === slug)) return;
  (await cookies()).set(ORG_COOKIE, slug, { httpOnly: true, sameSite: "lax", path: "/" });
  redirect("/");
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
