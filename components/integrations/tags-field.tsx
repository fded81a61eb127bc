"use client";
// Tags as chips: type a tag and press Enter (or a comma) to add it; each chip has its own remove
// button; Backspace in the empty box takes the last one back for editing. Each tag is checked
// with the shared `tagSchema` as it is added, the whole list by the form's `tagsSchema`. The schema
// module (and zod) loads once the field has mounted, not with the page; a tag added before it
// has arrived is checked when it does.
import { XIcon } from "lucide-react";
import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { MAX_TAGS } from "@/lib/schemas/integration-constants";

type Schemas = typeof import("@/lib/schemas/integrations");
let schemas: Schemas | undefined;
const loadSchemas = () => import("@/lib/schemas/integrations").then((m) => (schemas = m));

type Props = { value: string[]; onChange: (tags: string[]) => void; onBlur?: () => void; error?: string; id?: string };

export function TagsField({ value, onChange, onBlur, error, id }: Props) {
  const generated = useId();
  const inputId = id ?? generated;
  const [draft, setDraft] = useState("");
  const [draftError, setDraftError] = useState<string | null>(null);
  const message = draftError ?? error;

  useEffect(() => void loadSchemas().catch(() => undefined), []);

  const add = (): boolean => {
    if (!draft.trim()) return false;
    if (!schemas) {
      void loadSchemas().then(add, () => undefined);
      return true;
    }
    const parsed = schemas.tagSchema.safeParse(draft);
    if (!parsed.success) {
      setDraftError(parsed.error.issues[0]?.message ?? "Not a valid tag");
      return true;
    }
    if (value.length >= MAX_TAGS && !value.includes(parsed.data)) {
      setDraftError(`At most ${MAX_TAGS} tags`);
      return true;
    }
    if (!value.includes(parsed.data)) onChange([...value, parsed.data]);
    setDraft("");
    setDraftError(null);
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter" || event.key === ",") {
      // Enter adds the tag instead of submitting the form (an empty box lets Enter submit).
      if (add() || event.key === ",") event.preventDefault();
    } else if (event.key === "Backspace" && draft === "" && value.length > 0) {
      event.preventDefault();
      setDraft(value[value.length - 1]);
      onChange(value.slice(0, -1));
    }
  };

  return (
    <div data-slot="field" className="group/field grid gap-2" data-invalid={message ? true : undefined}>
      <Label htmlFor={inputId} className="group-data-[invalid]/field:text-destructive">
        Tags
      </Label>
      {value.length > 0 && (
        <ul aria-label="Tags" className="flex flex-wrap gap-1.5" data-testid="tag-chips">
          {value.map((tag) => (
            <li key={tag} className="inline-flex max-w-full items-center gap-1 rounded-md border bg-secondary py-0.5 pr-0.5 pl-2 text-xs font-medium text-secondary-foreground">
              <span className="min-w-0 break-all">{tag}</span>
              <button
                type="button"
                aria-label={`Remove tag ${tag}`}
                className="inline-flex size-5 shrink-0 items-center justify-center rounded hover:bg-muted focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none [&_svg]:size-3"
                onClick={() => onChange(value.filter((t) => t !== tag))}
              >
                <XIcon aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      <Input
        id={inputId}
        value={draft}
        autoComplete="off"
        spellCheck={false}
        placeholder={value.length ? "Add another tag" : "e.g. finance"}
        aria-describedby={`${inputId}-description${message ? ` ${inputId}-error` : ""}`}
        aria-invalid={message ? true : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          if (draftError) setDraftError(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          // A tag typed but not yet added is added on leaving the box, so it is not lost.
          add();
          onBlur?.();
        }}
      />
      <p id={`${inputId}-description`} className="text-sm text-muted-foreground">
        Short labels to find it by in the list (up to {MAX_TAGS}, 40 characters each). Press Enter or type a comma to add one.
      </p>
      {message && (
        <div id={`${inputId}-error`} role="alert" className="text-sm text-destructive">
          {message}
        </div>
      )}
    </div>
  );
}
