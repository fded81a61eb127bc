// Dates as the console shows them: absolute times in UTC (the same on the server and in the
// browser, so hydration matches), relative times only where rendered on the server.
const absolute = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });
const day = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });
const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400],
  ["month", 30 * 86_400],
  ["week", 7 * 86_400],
  ["day", 86_400],
  ["hour", 3600],
  ["minute", 60],
];

/** "Jan 5, 2026, 2:03:09 PM UTC": where the exact instant matters (audit rows). */
export const formatDateTime = (iso: string) => `${absolute.format(new Date(iso))} UTC`;

/** "Jan 5, 2026". */
export const formatDate = (iso: string) => day.format(new Date(iso));

/** "just now", "5 minutes ago", "in 3 days". Server-rendered only: it depends on the clock. */
export function formatRelative(iso: string, now: number = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  if (Math.abs(seconds) < 45) return "just now";
  const [unit, size] = UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? UNITS[UNITS.length - 1];
  return relative.format(Math.round(seconds / size), unit);
}
