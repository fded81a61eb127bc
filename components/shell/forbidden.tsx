import { ShieldX } from "lucide-react";

export function Forbidden({ what }: { what: string }) {
  return (
    <div role="status" className="mx-auto flex max-w-md flex-col items-center gap-3 py-24 text-center" data-testid="forbidden">
      <ShieldX className="size-10 text-muted-foreground" aria-hidden />
      <h1 className="text-xl font-semibold">You don&apos;t have access to {what}</h1>
      <p className="text-sm text-muted-foreground">Your role in this organisation does not allow it. Ask an admin if you need access.</p>
    </div>
  );
}
