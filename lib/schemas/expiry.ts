import { z } from "zod";

// Expiry dates of stored secrets (client secrets, API keys), shared by every door that takes one:
// Posit's `secret_expires_time`, HDP's `clientSecretExpiresAt`, Fruxon's `secretExpiresAt`,
// Switchboard's `secretExpiresAt` and the console's "Expires on" fields. An RFC 3339 instant or a
// calendar date (the end of that day, UTC, is when it stops working); null forgets the date.

const MIN = Date.UTC(2000, 0, 1);
const MAX = Date.UTC(9999, 11, 31);

export const secretExpirySchema = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], { error: "must be a date (YYYY-MM-DD) or an RFC 3339 date-time" })
  .transform((value, ctx) => {
    const time = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T23:59:59Z`) : Date.parse(value);
    if (Number.isNaN(time) || time < MIN || time > MAX) {
      ctx.addIssue({ code: "custom", message: "must be a date between 2000 and 9999" });
      return z.NEVER;
    }
    return new Date(time);
  })
  .nullable()
  .meta({ description: "When the stored secret stops working (our addition): a date or RFC 3339 date-time; null forgets it.", example: "2027-06-30T00:00:00Z" });

/** The default "expiring soon" window; each organisation may set its own. */
export const DEFAULT_EXPIRING_WINDOW_DAYS = 30;
export const expiringWindowSchema = z.coerce.number().int("whole days").min(1, "at least 1 day").max(365, "at most 365 days");

