import "server-only";
// First start on an empty database: the default organisation and a first admin, from
// ADMIN_EMAIL / ADMIN_PASSWORD or with a generated password that the launcher prints once (and
// that must be changed at the first sign-in).
import { randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import type { RequestContext } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import { createdMember, provisionUser } from "@/lib/server/users/provision-user";

export const DEFAULT_ORGANIZATION = { slug: "default", name: "Default organisation" };

export async function ensureDefaultOrganization(): Promise<{ id: string; slug: string }> {
  return db.organization.upsert({
    where: { slug: DEFAULT_ORGANIZATION.slug },
    update: {},
    create: DEFAULT_ORGANIZATION,
    select: { id: true, slug: true },
  });
}

export type BootstrapResult = { createdAdmin: null } | { createdAdmin: { email: string; generatedPassword: string | null } };

export async function bootstrap(context: RequestContext): Promise<BootstrapResult> {
  const organization = await ensureDefaultOrganization();
  if ((await db.user.count()) > 0) return { createdAdmin: null };
  const email = env.adminEmail() ?? "admin@example.com";
  const given = env.adminPassword();
  const password = given ?? randomBytes(18).toString("base64url");
  // A generated password was printed to whoever reads the log: the admin chooses their own at first sign-in.
  createdMember(
    await provisionUser({ actor: null, label: "bootstrap" }, organization.id, { email, password, role: "admin", firstName: "Admin" }, context, { mustChangePassword: !given }),
  );
  return { createdAdmin: { email: email.toLowerCase(), generatedPassword: given ? null : password } };
}
