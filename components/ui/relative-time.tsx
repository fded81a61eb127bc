import { formatDateTime, formatRelative } from "@/lib/format";
import { cn } from "@/lib/utils";

/**
 * "5 minutes ago", with the exact UTC time on hover and for screen readers' `dateTime`. Usable in
 * server and client components; the relative text depends on the clock, so a hydration mismatch
 * of a minute is tolerated.
 */
export function RelativeTime({ value, className }: { value: string; className?: string }) {
  return (
    <time dateTime={value} title={formatDateTime(value)} className={cn("whitespace-nowrap", className)} suppressHydrationWarning>
      {formatRelative(value)}
    </time>
  );
}
