import { ChevronRightIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import type { Template } from "@/lib/templates/types";

/**
 * Step 1 of "New integration". Each template is a link (Tab to it, Enter to choose), and the
 * choice lives in the URL, so step 2 can be reloaded or shared.
 */
export function TemplatePicker({ templates }: { templates: readonly Template[] }) {
  return (
    <ul aria-label="Templates" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="template-picker">
      {templates.map((template) => (
        <li key={template.id}>
          <Link
            href={`/integrations/new?template=${encodeURIComponent(template.id)}`}
            aria-labelledby={`template-${template.id}-name`}
            aria-describedby={`template-${template.id}-description`}
            className="group flex h-full flex-col gap-2 rounded-lg border bg-card p-4 text-card-foreground shadow-xs transition-colors hover:border-primary/60 hover:bg-accent/40 focus-visible:outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
          >
            <span className="flex items-center justify-between gap-2 font-medium">
              <span id={`template-${template.id}-name`}>{template.name}</span>
              <ChevronRightIcon className="size-4 text-muted-foreground transition-transform group-hover:translate-x-0.5" aria-hidden />
            </span>
            <span id={`template-${template.id}-description`} className="text-sm text-muted-foreground">
              {template.description}
            </span>
            <span className="mt-auto text-xs text-muted-foreground">{template.auth_types.join(" · ")}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
