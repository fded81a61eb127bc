import type { ReactNode } from "react";
import { ConsoleFrame } from "@/components/console-frame";
import { requireActor } from "@/lib/server/auth/page-auth";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  return <ConsoleFrame actor={await requireActor()}>{children}</ConsoleFrame>;
}
