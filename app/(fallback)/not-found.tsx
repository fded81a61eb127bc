import type { Metadata } from "next";
import { NotFoundContent } from "@/components/shell/status-page";
import { getSessionActor } from "@/lib/server/auth/get-session-actor";

export const metadata: Metadata = { title: "Page not found" };

export default async function NotFound() {
  return <NotFoundContent signedIn={(await getSessionActor()) !== null} />;
}
