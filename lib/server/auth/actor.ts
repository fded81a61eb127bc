import "server-only";
import type { Role } from "@/lib/permissions";

/** Who is calling, in which organisation, with which role there. Every service takes one. */
export type Actor = {
  userId: string;
  email: string;
  firstName: string;
  lastName: string;
  organizationId: string;
  organizationSlug: string;
  role: Role;
  via: "session" | "api-key" | "password" | "cli";
};

/** Per-request facts recorded in audit events. */
export type RequestContext = { requestId: string; ip: string | null };

export const cliContext = (): RequestContext => ({ requestId: `cli-${crypto.randomUUID()}`, ip: null });
