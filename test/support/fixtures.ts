// Each test makes its own organisation and users with unique names; nothing is reset globally.
import { randomUUID } from "node:crypto";
import type { Role } from "@/lib/permissions";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import { createdMember, provisionUser } from "@/lib/server/users/provision-user";

export const context = (): RequestContext => ({ requestId: `test-${randomUUID()}`, ip: "127.0.0.1" });

export const uniqueSlug = (label = "org") => `${label}-${randomUUID().slice(0, 8)}`;

export async function createOrganization(label = "org") {
  const slug = uniqueSlug(label);
  return db.organization.create({ data: { slug, name: `Test ${slug}` } });
}

export const TEST_PASSWORD = "correct-horse-battery-1";

export async function createMember(organization: { id: string; slug: string }, role: Role, email = `${role}-${randomUUID().slice(0, 8)}@example.com`): Promise<Actor> {
  const member = createdMember(await provisionUser({ actor: null, label: "test" }, organization.id, { email, role, password: TEST_PASSWORD }, context(), { mustChangePassword: false }));
  return {
    userId: member.userId,
    email: member.email,
    firstName: member.firstName,
    lastName: member.lastName,
    organizationId: organization.id,
    organizationSlug: organization.slug,
    role,
    via: "session",
  };
}

/** An organisation with one member of each role. */
export async function createTeam() {
  const organization = await createOrganization();
  const [admin, publisher, viewer] = await Promise.all([
    createMember(organization, "admin"),
    createMember(organization, "publisher"),
    createMember(organization, "viewer"),
  ]);
  return { organization, admin, publisher, viewer };
}

/** An existing account joins another organisation the only way there is: invited, then accepting with the link. */
export async function joinOrganization(organization: { id: string }, user: { userId: string; email: string }, role: Role) {
  const { answerInvitation } = await import("@/lib/server/invitations/answer-invitation");
  const invited = await provisionUser({ actor: null, label: "test" }, organization.id, { email: user.email, role }, context());
  if (invited.status !== "invited") throw new Error("expected an invitation");
  await answerInvitation(user.userId, invited.token, true, context());
}
