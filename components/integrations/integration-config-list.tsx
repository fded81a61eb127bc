import { WrapText } from "@/components/ui/wrap-text";
import type { Template } from "@/lib/templates/types";

type Entry = { key: string; label: string; value: unknown };

/** Stored config in template order with the template's labels; keys it no longer knows come last. */
function entries(template: Template | undefined, config: Record<string, unknown>): Entry[] {
  const known = [...(template?.options ?? []), ...(template?.fields.filter((f) => !f.secret) ?? [])];
  const listed: Entry[] = known.filter((item) => item.name in config).map((item) => ({ key: item.name, label: item.label, value: config[item.name] }));
  const secretNames = new Set(template?.fields.filter((f) => f.secret).map((f) => f.name));
  const rest = Object.keys(config)
    .filter((key) => !known.some((item) => item.name === key) && !secretNames.has(key))
    .map((key) => ({ key, label: key, value: config[key] }));
  return [...listed, ...rest];
}

const display = (value: unknown) =>
  typeof value === "boolean" ? (value ? "Yes" : "No") : value === null || value === undefined || value === "" ? "—" : typeof value === "string" ? value : JSON.stringify(value);

export function IntegrationConfigList({ template, config }: { template: Template | undefined; config: Record<string, unknown> }) {
  const items = entries(template, config);
  if (items.length === 0) return <p className="text-sm text-muted-foreground">No configuration values.</p>;
  return (
    // The label column is capped so a long label never squeezes the value into mid-word breaks.
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[minmax(8rem,14rem)_minmax(0,1fr)]">
      {items.map((item) => (
        <div key={item.key} className="contents" data-testid={`config-${item.key}`}>
          <dt className="font-medium text-muted-foreground">
            {item.label}
            <span className="block font-mono text-xs break-all">{item.key}</span>
          </dt>
          <dd className="min-w-0 font-mono">
            <WrapText>{display(item.value)}</WrapText>
          </dd>
        </div>
      ))}
    </dl>
  );
}
