import "server-only";
// E-mail for one-time links (invitations, password resets), through nodemailer when SMTP_URL is
// set; without it nothing is sent and the admin copies the link. A failure to send is logged
// (never with the link) and reported to the caller as "not sent": the link stays valid.
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { log } from "@/lib/server/log";

export const mailConfigured = () => Boolean(env.smtpUrl());

/** Sends one plain-text message; whether it was handed to the SMTP server. */
export async function sendMail(message: { to: string; subject: string; text: string }): Promise<boolean> {
  const url = env.smtpUrl();
  if (!url) return false;
  const transport = nodemailer.createTransport(url);
  try {
    await transport.sendMail({ from: env.smtpFrom(), to: message.to, subject: message.subject, text: message.text });
    return true;
  } catch (error) {
    log.warn({ err: { message: (error as Error).message }, subject: message.subject }, "could not send e-mail");
    return false;
  } finally {
    transport.close();
  }
}
