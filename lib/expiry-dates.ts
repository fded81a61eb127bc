// Dates of expiring secrets that both the forms (in the browser) and the server compute. No zod
// here: the connection form imports this, and pulling lib/schemas/expiry.ts in cost it 32 kB.

const DAY_MS = 86_400_000;

/** The earliest expiry among a resource's stored secrets (null when none is known). */
export function earliestExpiry(secrets: Record<string, { expiresAt?: string }>): string | null {
  let first: string | null = null;
  for (const s of Object.values(secrets)) if (s.expiresAt && (first === null || s.expiresAt < first)) first = s.expiresAt;
  return first;
}

/** The date a provider's maximum lifetime suggests, as YYYY-MM-DD (the form's suggestion). */
export function suggestedExpiry(months: number, now = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, now.getUTCDate()));
  return new Date(d.getTime() - DAY_MS).toISOString().slice(0, 10);
}

/**
 * The lists' "Secret expires" choices (`expiresBefore`): dates counted from today, so the URL names
 * a fixed date (shareable, exportable). "Already expired" is today: expiry before its start.
 */
export function expiresBeforeOptions(now = new Date()): { value: string; label: string }[] {
  const day = (days: number) => new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10);
  return [
    { value: day(0), label: "Already expired" },
    { value: day(8), label: "Within 7 days" },
    { value: day(31), label: "Within 30 days" },
    { value: day(91), label: "Within 90 days" },
  ];
}
