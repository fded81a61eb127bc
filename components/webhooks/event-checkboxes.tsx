"use client";

import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { WEBHOOK_EVENTS } from "@/lib/schemas/webhooks";

/** The events an endpoint receives, one checkbox each, grouped by prefix. */
export function EventCheckboxes({ value, onChange, id }: { value: string[]; onChange: (events: string[]) => void; id: string }) {
  const toggle = (event: string, on: boolean) => onChange(on ? [...value, event] : value.filter((e) => e !== event));
  return (
    <fieldset className="grid gap-2 sm:grid-cols-2" aria-describedby={`${id}-error`}>
      <legend className="sr-only">Events</legend>
      {WEBHOOK_EVENTS.map((event) => (
        <div key={event} className="flex items-center gap-2">
          <Checkbox id={`${id}-${event}`} checked={value.includes(event)} onCheckedChange={(on) => toggle(event, on === true)} />
          <Label htmlFor={`${id}-${event}`} className="font-mono text-xs font-normal break-all">
            {event}
          </Label>
        </div>
      ))}
    </fieldset>
  );
}
