import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

/** Decorative placeholder; the loading region itself should carry `aria-busy` or a status text. */
function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      data-slot="skeleton"
      aria-hidden
      className={cn("animate-pulse rounded-md bg-muted motion-reduce:animate-none", className)}
      {...props}
    />
  );
}

export { Skeleton };
