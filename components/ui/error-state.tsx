import { RotateCwIcon, TriangleAlertIcon } from "lucide-react";
import type { ComponentProps, ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

type ErrorStateProps = Omit<ComponentProps<"div">, "title"> & {
  title?: ReactNode;
  /** A message safe to show; never a raw server error. */
  message?: ReactNode;
  /** Shows a retry button (e.g. an error boundary's `reset` or a query's `refetch`). */
  onRetry?: () => void;
  retryLabel?: string;
  /** Extra actions, e.g. a link back to the list. */
  action?: ReactNode;
};

function ErrorState({
  title = "Something went wrong",
  message,
  onRetry,
  retryLabel = "Try again",
  action,
  className,
  ...props
}: ErrorStateProps) {
  return (
    <div
      data-slot="error-state"
      role="alert"
      className={cn("flex flex-col items-center justify-center gap-3 rounded-lg border border-destructive/30 px-6 py-12 text-center", className)}
      {...props}
    >
      <div aria-hidden className="flex size-12 items-center justify-center rounded-full bg-destructive/10 text-destructive">
        <TriangleAlertIcon className="size-6" />
      </div>
      <h2 className="text-base font-semibold">{title}</h2>
      {message && <p className="max-w-sm text-sm text-muted-foreground">{message}</p>}
      {(onRetry || action) && (
        <div className="mt-2 flex flex-wrap justify-center gap-2">
          {onRetry && (
            <Button variant="outline" onClick={onRetry}>
              <RotateCwIcon aria-hidden />
              {retryLabel}
            </Button>
          )}
          {action}
        </div>
      )}
    </div>
  );
}

export { ErrorState, type ErrorStateProps };
