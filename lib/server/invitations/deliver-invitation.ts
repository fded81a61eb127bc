import "server-only";
// The link of a new invitation, absolute, and e-mailed to the address the admin gave when SMTP is
// configured. The caller shows the link once to whoever invited.
import { sendMail } from "@/lib/server/mail/send-mail";
import { db } from "@/lib/server/db/client";
import type { Invited } from "./invite-account";
import { invitationLink } from "./invitation-token";

export async function deliverInvitation(organizationId: string, invited: Invited, origin?: string | null): Promise<{ link: string; emailed: boolean }> {
  const link = invitationLink(invited.token, origin);
  const organization = await db.organization.findUnique({ where: { id: organizationId }, select: { name: true } });
  const emailed = await sendMail({
    to: invited.invitation.email,
    subject: `You are invited to ${organization?.name ?? "an organisation"} on Integration Console`,
    text: [
      `${organization?.name ?? "An organisation"} invites you to join as ${invited.invitation.role}.`,
      "",
      `Open this link to accept or decline (valid until ${invited.invitation.expiresAt}, one use):`,
      link,
      "",
      "If you did not expect this, ignore this message.",
    ].join("\n"),
  });
  return { link, emailed };
}
