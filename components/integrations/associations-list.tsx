import type { ContentAssociationDto } from "@/lib/schemas/integrations";

export function AssociationsList({ associations }: { associations: ContentAssociationDto[] }) {
  if (associations.length === 0) return <p className="text-sm text-muted-foreground">No content uses this integration.</p>;
  return (
    <ul className="space-y-2 text-sm" data-testid="integration-associations">
      {associations.map((a) => (
        <li key={a.contentGuid} className="flex flex-wrap items-baseline justify-between gap-2">
          <span className="font-medium">{a.contentName || "(unnamed content)"}</span>
          <span className="font-mono text-xs text-muted-foreground">{a.contentGuid}</span>
        </li>
      ))}
    </ul>
  );
}
