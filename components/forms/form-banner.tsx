import { TriangleAlertIcon } from "lucide-react";
import { labelMessage } from "@/lib/labels";

/** Errors that belong to no single field (the server's message for the form as a whole). */
export function FormBanner({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div role="alert" data-testid="form-error" className="flex gap-2 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
      <TriangleAlertIcon className="mt-0.5 size-4 shrink-0" aria-hidden />
      <ul>
        {messages.map((message) => (
          <li key={message}>{labelMessage(message)}</li>
        ))}
      </ul>
    </div>
  );
}
