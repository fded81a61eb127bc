// "Last exchanges": per integration per day, how many tokens the credential exchange served from
// its cache, obtained from the provider or refused for this workload, and the last result.
import { Link } from "@/components/ui/link";
import { RelativeTime } from "@/components/ui/relative-time";
import type { ExchangeCountDto } from "@/lib/schemas/content";

export function LastExchanges({ rows }: { rows: ExchangeCountDto[] }) {
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">No exchanges yet. They appear here once the workload asks for a token.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="last-exchanges">
        <thead className="text-left text-muted-foreground">
          <tr>
            <th className="py-1 pr-3 font-medium">Day</th>
            <th className="py-1 pr-3 font-medium">Integration</th>
            <th className="py-1 pr-3 text-right font-medium">Served</th>
            <th className="py-1 pr-3 text-right font-medium">Obtained</th>
            <th className="py-1 pr-3 text-right font-medium">Refused</th>
            <th className="py-1 font-medium">Last</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.day} ${r.integrationGuid}`} className="border-t">
              <td className="py-1 pr-3 whitespace-nowrap">{r.day}</td>
              <td className="py-1 pr-3 wrap-anywhere">
                <Link href={`/integrations/${r.integrationGuid}`} className="underline-offset-4 hover:underline">
                  {r.integrationName || r.integrationGuid}
                </Link>
              </td>
              <td className="py-1 pr-3 text-right tabular-nums">{r.served}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{r.obtained}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{r.refused}</td>
              <td className="py-1 wrap-anywhere">
                {r.lastResult || "—"} <RelativeTime value={r.lastAt} className="text-muted-foreground" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
